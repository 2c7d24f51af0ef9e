/**
 * Issue 12, the document API on the real test Neo4j: GET /api/documents (full-text search with
 * snippet and carrying messages; filters by format, author, application, date and anomalies) and
 * /:sha256 (metadata table, anomalies, carriers, loose files); api-documents-spread.db.test.ts has
 * the rest. The dump is support/document-dump.ts; expected values come from the messages as written
 * there and from the fixtures' answer key (exiftool metadata, pdftotext/xls2csv text), anomalies as
 * support/document-expectations.ts derives them from both.
 */
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DocumentDetail, DocumentSearchResponse } from '../../contract/index.js';
import { CROSS_DOCUMENT_KINDS } from '../../ingest/extract/document-signals/cross-document.js';
import { createApp } from '../../server/app.js';
import { keySecond, keyText } from '../ingest/extract/documents/fixtures.js';
import { missingShared } from '../support/shared.js';
import {
  ALL,
  LONE_PDF,
  MESSAGES,
  OLD_PDF,
  SHARED,
  SHEET,
  ZIP_DOC,
  ZIP_PDF,
  useDocumentGraph,
} from './support/document-dump.js';
import { dumpAnomalies } from './support/document-expectations.js';

const skip = missingShared('fixtures/documents');

describe.skipIf(!!skip)('the document API (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver() });
  });
  const shaOf = (fixture: string) => g.entry(fixture).sha256;
  const fixtureOf = g.fixtureOf;
  const found = async (query: string): Promise<string[]> => {
    const body = (await request(app).get(`/api/documents?${query}`).expect(200)).body as DocumentSearchResponse;
    return body.hits.map((h) => fixtureOf(h.sha256)).sort();
  };
  const normalised = (fixture: string) => g.entry(fixture).normalized;

  it('finds a word that occurs only inside an attachment, with its snippet and the message that carried it', async () => {
    const word = 'Squares';
    expect(keyText(g.entry(SHEET))).toContain(word); // the xls2csv answer key
    for (const m of MESSAGES) expect(`${m.body} ${m.headers.subject}`.toLowerCase()).not.toContain('square');
    const body = (await request(app).get('/api/documents?q=squares').expect(200)).body as DocumentSearchResponse;
    expect(body.hits.map((h) => fixtureOf(h.sha256))).toEqual([SHEET]);
    const hit = body.hits[0]!;
    expect(hit.snippet).toContain(`«${word}»`);
    expect(hit.format).toBe('xls');
    expect(hit.carriers.map((c) => [c.messageId, c.name, c.subject])).toEqual([
      [g.messageId(1), 'sheet.xls', 'numbers'],
    ]);
    // The main search: a documents group, and no message hit (the word is in no body).
    const all = (await request(app).get('/api/search?q=squares').expect(200)).body as {
      hits: { kind: string; id: string; snippet: string | null; format?: string | null }[];
    };
    expect(all.hits.filter((h) => h.kind === 'message')).toEqual([]);
    const docs = all.hits.filter((h) => h.kind === 'document');
    expect(docs.map((h) => h.id)).toEqual([shaOf(SHEET)]);
    expect(docs[0]!.snippet).toContain(`«${word}»`);
    expect(docs[0]!.format).toBe('xls');
    // Asked for other kinds only, no document group.
    const messagesOnly = (await request(app).get('/api/search?q=squares&kinds=message,note').expect(200)).body as {
      hits: unknown[];
    };
    expect(messagesOnly.hits).toEqual([]);
  });

  it('lists every document without a query, and each filter narrows it as the answer key says', async () => {
    expect(await found('')).toEqual([...ALL].sort());
    const lower = (v: unknown) => String(v ?? '').toLowerCase();
    const expected = (keep: (f: string) => boolean) => ALL.filter(keep).sort();
    const byFormat = expected((f) => g.entry(f).extension === 'pdf');
    expect(byFormat).toHaveLength(3);
    expect(await found('format=pdf')).toEqual(byFormat);

    const byAuthor = expected((f) =>
      `${lower(normalised(f).author)} ${lower(normalised(f).last_modified_by)}`.includes('keith'),
    );
    expect(byAuthor).toHaveLength(2);
    expect(await found('author=Keith')).toEqual(byAuthor);

    const app_ = (f: string) =>
      ['application', 'producer', 'creator_tool'].map((k) => lower(normalised(f)[k])).join(' ');
    expect(await found('application=quartz')).toEqual(expected((f) => app_(f).includes('quartz')));
    expect(await found('application=microsoft%20office%20word')).toEqual(
      expected((f) => app_(f).includes('microsoft office word')),
    );

    // Modified, else created, in [2007-01-01, 2008-01-01).
    const when = (f: string) => {
      const n = normalised(f);
      const pick = n.modify_date ? 'modify_date' : 'create_date';
      return n[pick] ? keySecond(n[`${pick}_iso`] as string | undefined, String(n[pick])) : null;
    };
    const [from, to] = [Date.parse('2007-01-01T00:00:00Z') / 1000, Date.parse('2008-01-01T00:00:00Z') / 1000];
    const in2007 = expected((f) => when(f) !== null && when(f)! >= from && when(f)! < to);
    expect(in2007.length).toBeGreaterThanOrEqual(2);
    expect(await found('from=2007-01-01&to=2008-01-01')).toEqual(in2007);

    // Anomalous: the PDFs the key dates before PDF existed (hand-checked in anomalies.test.ts's review),
    // and the documents whose key editors write in no mail of the dump (document-expectations.ts).
    const want = dumpAnomalies(g.entry);
    expect(want.beforeFormat).toEqual([OLD_PDF, LONE_PDF].sort());
    // As the dump was chosen: the loose documents with outside editors, the mailed ones plain but the 1990 PDF.
    expect(want.anomalous).toEqual([OLD_PDF, LONE_PDF, ZIP_PDF, ZIP_DOC].sort());
    expect(await found('anomalous=yes')).toEqual(want.anomalous);
    expect(await found('anomalous=no')).toEqual(expected((f) => !want.anomalous.includes(f)));
    for (const format of new Set(ALL.map((f) => g.entry(f).extension)))
      expect(await found(`format=${format}&anomalous=no`), format).toEqual(
        expected((f) => g.entry(f).extension === format && !want.anomalous.includes(f)),
      );
    expect(await found('q=squares&format=pdf')).toEqual([]);
  });

  it('refuses a malformed filter with 400', async () => {
    await request(app).get('/api/documents?from=yesterday').expect(400);
    await request(app).get('/api/documents?anomalous=maybe').expect(400);
  });

  it('shows a document: the metadata table as the key has it, its carriers, the names it was sent under', async () => {
    const d = (
      await request(app)
        .get(`/api/documents/${shaOf(SHARED).toUpperCase()}`)
        .expect(200)
    ).body as DocumentDetail;
    expect([d.sha256, d.name, d.format, d.status, d.state]).toEqual([
      shaOf(SHARED),
      'budget.docx',
      'docx',
      'ok',
      'read',
    ]);
    expect(d.size).toBe(g.entry(SHARED).size);
    const table = new Map(d.metadata.map((r) => [r.field, r.value]));
    const n = normalised(SHARED);
    for (const [keyField, field] of [
      ['author', 'author'],
      ['last_modified_by', 'lastModifiedBy'],
      ['title', 'title'],
      ['subject', 'subject'],
      ['company', 'company'],
      ['application', 'application'],
      ['template', 'template'],
    ] as const)
      expect(table.get(field), field).toBe(String(n[keyField]));
    expect(table.get('custom: MyCustomString')).toBe(g.entry(SHARED).exiftool['XML:MyCustomString']);
    expect([d.properties.author, d.properties.lastModifiedBy, d.properties.title]).toEqual([
      n.author,
      n.last_modified_by,
      n.title,
    ]);
    expect(Date.parse(d.properties.modified!)).toBe(Date.parse(n.modify_date_iso as string));
    // Its editors write in the mails and it was modified before they were sent (document-dump.ts).
    expect(dumpAnomalies(g.entry).anomalous).not.toContain(SHARED);
    expect(d.anomalies).toEqual([]);
    expect(d.carriers.map((c) => c.messageId)).toEqual([g.messageId(0), g.messageId(2), g.messageId(1)]);
    expect(d.carrierCount).toBe(MESSAGES.filter((m) => m.attachments.some((x) => x.fixture === SHARED)).length);
    expect(d.alsoSentAs).toEqual(['renamed.docx']);
    expect(d.files).toEqual([]);
    for (const word of ['content']) expect(d.textPreview).toContain(word);
  });

  it('shows the anomalies of a document with their explanation and evidence', async () => {
    const d = (
      await request(app)
        .get(`/api/documents/${shaOf(OLD_PDF)}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(d.anomalyCount).toBe(d.anomalies.length);
    const before = d.anomalies.find((a) => a.kind === 'date-before-format');
    expect(before, JSON.stringify(d.anomalies)).toBeDefined();
    expect(before!.explanation.length).toBeGreaterThan(20);
    expect(JSON.stringify(before!.evidence)).toContain('1990');
  });

  it('adds the cross-document signals the key and the mails call for, naming the outside editors', async () => {
    const want = dumpAnomalies(g.entry);
    const isCross = (kind: string) => (CROSS_DOCUMENT_KINDS as readonly string[]).includes(kind);
    for (const f of ALL) {
      const d = (
        await request(app)
          .get(`/api/documents/${shaOf(f)}`)
          .expect(200)
      ).body as DocumentDetail;
      expect(d.anomalies.map((a) => a.kind).filter(isCross), f).toEqual(want.cross.get(f));
      expect(d.anomalyCount, f).toBe(d.anomalies.length);
      const outside = d.anomalies.find((a) => a.kind === 'editor-not-correspondent');
      expect(outside?.evidence, f).toEqual(want.outsiders.get(f));
    }
    // The memo's author writes in the mails (Keith Bennett); only its last editor is an outsider.
    expect(want.outsiders.get(ZIP_DOC)).toEqual({ lastModifiedBy: String(normalised(ZIP_DOC).last_modified_by) });
  });

  it('names the file and folder of a loose document found in a zip', async () => {
    const d = (
      await request(app)
        .get(`/api/documents/${shaOf(ZIP_DOC)}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(d.carriers).toEqual([]);
    expect(d.carrierCount).toBe(0);
    expect(d.files).toEqual([
      {
        path: join(g.root(), 'bob', 'projects', 'docs.zip'),
        entries: ['q3/memo.doc'],
        name: 'memo.doc',
        mailbox: 'bob',
        folder: 'projects/q3',
      },
    ]);
  });
});
