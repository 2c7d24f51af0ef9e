/**
 * Issue 12 on the real test Neo4j: the analyst's notes and tags on a document (keyed by its SHA-256),
 * shown in its detail and found by search, and the story bundle carrying the documents of the cited
 * messages — bytes whose SHA-256 matches the manifest, SHA256SUMS and the fixture files themselves.
 * The dump is support/document-dump.ts; hashes are computed here from the fixture files.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { Annotation, DocumentDetail, SearchResponse } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import type { DocumentManifestRow } from '../../server/export/bundle-documents.js';
import { fixtureBytes } from '../ingest/extract/documents/fixtures.js';
import { missingShared } from '../support/shared.js';
import { binary, parseCsv, unzip } from './support/http.js';
import { ALL, MESSAGES, OLD_PDF, SHARED, SHEET, sha256, useDocumentGraph } from './support/document-dump.js';

const skip = missingShared('fixtures/documents');

describe.skipIf(!!skip)('notes on documents and documents in the story bundle (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver(), analyst: 'Test Analyst' });
  });
  const shaOf = (fixture: string) => sha256(fixtureBytes(fixture));
  const NOTE = 'Compare with the zeppelin version from the archive';

  it('adds a note and a tag to a document by its SHA-256, lists them and shows them in the detail', async () => {
    const note = (
      await request(app)
        .post('/api/annotations')
        .send({ target: { kind: 'document', id: shaOf(SHARED).toUpperCase() }, kind: 'note', text: NOTE })
        .expect(201)
    ).body as Annotation;
    expect(note.target).toEqual({ kind: 'document', id: shaOf(SHARED), label: 'budget.docx' });
    expect(note.author).toBe('Test Analyst');
    await request(app)
      .post('/api/annotations')
      .send({ target: { kind: 'document', id: shaOf(SHARED) }, kind: 'tag', text: 'forgery?' })
      .expect(201);
    // The same tag again changes nothing.
    await request(app)
      .post('/api/annotations')
      .send({ target: { kind: 'document', id: shaOf(SHARED) }, kind: 'tag', text: 'Forgery?' })
      .expect(200);
    const listed = (
      await request(app)
        .get(`/api/annotations?kind=document&id=${shaOf(SHARED)}`)
        .expect(200)
    ).body as Annotation[];
    expect(listed.map((a) => [a.kind, a.text])).toEqual([
      ['note', NOTE],
      ['tag', 'forgery?'],
    ]);
    const detail = (
      await request(app)
        .get(`/api/documents/${shaOf(SHARED)}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(detail.annotations.map((a) => a.id)).toEqual(listed.map((a) => a.id));
    // Another document has none.
    const other = (
      await request(app)
        .get(`/api/documents/${shaOf(SHEET)}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(other.annotations).toEqual([]);
    await request(app)
      .post('/api/annotations')
      .send({ target: { kind: 'document', id: '0'.repeat(64) }, kind: 'note', text: 'nothing there' })
      .expect(404);
  });

  it('finds the note by a word in it, pointing at the document', async () => {
    const body = (await request(app).get('/api/search?q=zeppelin').expect(200)).body as SearchResponse;
    const notes = body.hits.filter((h) => h.kind === 'note');
    expect(notes.map((h) => h.target)).toEqual([{ kind: 'document', id: shaOf(SHARED), label: 'budget.docx' }]);
    expect(notes[0]!.snippet).toContain('«zeppelin»');
  });

  it('bundles the documents of the cited messages: bytes, manifest hashes and SHA256SUMS match the fixture files', async () => {
    const cited = [g.messageId(0), g.messageId(1)];
    const res = await request(app)
      .post('/api/export')
      .send({ format: 'bundle', messages: cited })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = await unzip(res.body as Buffer);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { documents: DocumentManifestRow[] };
    // The documents the two messages carry, as written in support/document-dump.ts.
    const expected = [...new Set([0, 1].flatMap((i) => MESSAGES[i]!.attachments.map((a) => a.fixture)))];
    expect(expected.sort()).toEqual([OLD_PDF, SHARED, SHEET].sort());
    const byFixture = new Map(
      manifest.documents.map((d) => [ALL.find((f) => shaOf(f) === d.sha256) ?? d.sha256, d] as const),
    );
    expect([...byFixture.keys()].sort()).toEqual(expected);
    const sums = new Map(
      files
        .get('SHA256SUMS')!
        .toString('utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('  ').reverse() as [string, string]),
    );
    for (const fixture of expected) {
      const row = byFixture.get(fixture)!;
      expect(row.problem, fixture).toBeNull();
      const bytes = files.get(row.file!)!;
      expect(sha256(bytes)).toBe(row.sha256);
      expect(sha256(bytes)).toBe(shaOf(fixture));
      expect(sums.get(row.file!)).toBe(row.sha256);
    }
    const shared = byFixture.get(SHARED)!;
    expect(shared.messages).toEqual(cited); // Jan 2, then Jan 5
    expect([...shared.names].sort()).toEqual(['budget.docx', 'renamed.docx']);
    expect(shared.file).toBe(`documents/${shaOf(SHARED)}/budget.docx`);
    expect(shared.tags).toBe('forgery?');
    expect(shared.notes).toContain(`${NOTE} — Test Analyst`);
    expect(byFixture.get(OLD_PDF)!.anomalyKinds).toContain('date-before-format');
    // The messages' own .eml files are still listed in SHA256SUMS beside the documents.
    expect(sums.size).toBe(cited.length + expected.length);
    const csv = parseCsv(files.get('documents.csv')!.toString('utf8'));
    expect(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(expected.map(shaOf).sort());
    expect(files.get('README.txt')!.toString('utf8')).toMatch(/Documents: 3 attached to the cited messages, 3 with/);
  });

  it('lists a document whose bytes no place holds with the problem, and bundles the rest', async () => {
    const broken = createApp({
      driver: g.driver(),
      documentReader: async () => ({ ok: false, problem: 'the source was unplugged' }),
    });
    const res = await request(broken)
      .post('/api/export')
      .send({ format: 'bundle', messages: [g.messageId(2)] })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = await unzip(res.body as Buffer);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { documents: DocumentManifestRow[] };
    expect(manifest.documents.map((d) => [d.sha256, d.file])).toEqual([[shaOf(SHARED), null]]);
    expect(manifest.documents[0]!.problem).toMatch(/unavailable: the source was unplugged/);
    expect([...files.keys()].filter((f) => f.startsWith('documents/'))).toEqual([]);
    expect(files.get('SHA256SUMS')!.toString('utf8').trim().split('\n')).toHaveLength(1); // the .eml
  });
});
