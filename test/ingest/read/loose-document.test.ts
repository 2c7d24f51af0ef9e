/**
 * Issue 12: the readers report a file that is not mail but a document — by content (PDF, RTF, Word,
 * Excel and PowerPoint OLE files, OOXML/ODF packages, pictures) or by name (.doc, .xls, .txt, .csv) —
 * alone or inside an archive, with the SHA-256 of its bytes (the answer key's, from the fixture
 * documents) and the mailbox and folder it lies in. Other non-mail files stay skipped; without an
 * onDocument handler (the raw-copy door, older callers) documents are skipped as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import type { LooseDocument } from '../../../ingest/model.js';
import { DEFAULT_READ_LIMITS } from '../../../ingest/read/limits.js';
import { readSources } from '../../../ingest/read/read-sources.js';
import { missingShared } from '../../support/shared.js';
import { fixtureBytes, readAnswerKey } from '../extract/documents/fixtures.js';
import { makeZip, readAll, tempDir } from './read-helpers.js';

const skip = missingShared('fixtures/documents');

async function readDocuments(paths: string[]) {
  const documents: LooseDocument[] = [];
  const skips: string[] = [];
  const events = {
    onIssue: (issue: { error: string }) => {
      throw new Error(`unexpected issue: ${issue.error}`);
    },
    onSkip: (path: string) => skips.push(path),
    onDocument: (d: LooseDocument) => documents.push(d),
  };
  const messages = [];
  for await (const m of readSources(paths, events, DEFAULT_READ_LIMITS)) messages.push(m);
  return { messages, documents, skips };
}

describe.skipIf(!!skip)('loose documents in a dump', () => {
  const tmp = tempDir('leakgraph-loose-');
  afterAll(() => tmp.remove());
  const key = skip ? undefined : readAnswerKey().files;
  // One of each way a document is recognised.
  const picks: Record<string, string> = {
    'tika/testPDF.pdf': 'application/pdf',
    'tika/testRTF.rtf': 'application/rtf',
    'tika/testWORD.doc': 'application/msword',
    'tika/testEXCEL.xls': 'application/vnd.ms-excel',
    'tika/testWORD.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'tika/testODFwithOOo3.odt': 'application/vnd.oasis.opendocument.text',
    // By name: content the sniffer does not know (WordPerfect 4.2, a bare BIFF4 sheet).
    'tika/testWordPerfect_42.doc': 'application/msword',
    'tika/testEXCEL_4.xls': 'application/vnd.ms-excel',
  };
  const root = join(tmp.dir, 'dump');

  it('reports each document with its hash, name, type, mailbox and folder; skips other files', async () => {
    mkdirSync(join(root, 'alice', 'docs'), { recursive: true });
    for (const path of Object.keys(picks))
      writeFileSync(join(root, 'alice', 'docs', path.split('/')[1]!), fixtureBytes(path));
    writeFileSync(join(root, 'alice', 'notes.txt'), 'Meeting at noon.\n');
    writeFileSync(join(root, 'alice', 'table.csv'), 'a,b\n1,2\n');
    writeFileSync(join(root, 'alice', 'app.log'), 'started\n');
    writeFileSync(join(root, 'alice', 'data.json'), '{"a": 1}\n');
    const zip = await makeZip([{ name: 'inner/report.pdf', data: fixtureBytes('tika/testPDF.pdf') }]);
    writeFileSync(join(root, 'bob.zip'), zip);

    const { messages, documents, skips } = await readDocuments([root]);
    expect(messages).toEqual([]);
    expect(skips.sort()).toEqual([join(root, 'alice', 'app.log'), join(root, 'alice', 'data.json')]);
    const byName = new Map(documents.map((d) => [d.place.entries.at(-1) ?? d.name, d]));
    for (const [path, type] of Object.entries(picks)) {
      const name = path.split('/')[1]!;
      const d = byName.get(name)!;
      expect(d, name).toBeDefined();
      expect([d.sha256, d.size, d.contentType]).toEqual([key![path]!.sha256, key![path]!.size, type]);
      expect(d.place).toEqual({
        path: join(root, 'alice', 'docs', name),
        entries: [],
        mailbox: 'alice',
        folder: 'docs',
      });
    }
    const text = byName.get('notes.txt')!;
    expect([text.contentType, text.sha256]).toEqual([
      'text/plain',
      createHash('sha256').update('Meeting at noon.\n').digest('hex'),
    ]);
    expect(byName.get('table.csv')!.contentType).toBe('text/csv');
    // An archive unpacks where it lies (mailbox-path.ts): bob.zip at the ingest root holds inner/, so
    // "inner" is the first folder, the mailbox (rule 3), and the file lies at its top (no folder).
    const inZip = byName.get('inner/report.pdf')!;
    expect(inZip.sha256).toBe(key!['tika/testPDF.pdf']!.sha256);
    expect(inZip.place).toEqual({ path: join(root, 'bob.zip'), entries: ['inner/report.pdf'], mailbox: 'inner' });
    expect(documents).toHaveLength(Object.keys(picks).length + 3);
  });

  it('skips documents, saying what they are, for a reader that takes none', async () => {
    const { messages, skips, issues } = await readAll([join(root, 'alice', 'docs')]);
    expect([messages.length, issues.length]).toEqual([0, 0]);
    expect(skips).toHaveLength(Object.keys(picks).length);
    for (const s of skips) expect(s.reason).toMatch(/^document \(application\/[\w.+-]+\), not mail$/);
  });
});
