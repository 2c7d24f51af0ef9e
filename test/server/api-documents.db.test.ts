/**
 * Issue 12, the document API on the real test Neo4j: GET /api/documents (full-text search with
 * snippet and carrying messages; filters by format, author, application, date and anomalies),
 * /:sha256 (metadata table, anomalies, carriers, loose files), /:sha256/spread (who had it when),
 * /:sha256/raw (original bytes, 409 when no place still holds them), the message's attachment
 * summaries, and the saved queries document-spread and documents-with-anomalies. The dump is
 * support/document-dump.ts; expected values come from the messages as written there and from the
 * fixtures' answer key (exiftool metadata, pdftotext/xls2csv text, the files' own SHA-256).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type {
  DocumentDetail,
  DocumentSearchResponse,
  DocumentSpread,
  MessageDetail,
  QueryResult,
} from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { fixtureBytes, keySecond, keyText } from '../ingest/extract/documents/fixtures.js';
import { missingShared } from '../support/shared.js';
import { binary } from './support/http.js';
import {
  ALL,
  LONE_PDF,
  MESSAGES,
  OLD_PDF,
  SHARED,
  SHEET,
  ZIP_DOC,
  addresses,
  parseAddress,
  sha256,
  useDocumentGraph,
} from './support/document-dump.js';

const skip = missingShared('fixtures/documents');

// PDF 1.0 was published in 1993: a PDF dated earlier claims a date before its format existed.
const PDF_EXISTS = Date.parse('1993-01-01T00:00:00Z') / 1000;

describe.skipIf(!!skip)('the document API (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver() });
  });
  const shaOf = (fixture: string) => g.entry(fixture).sha256;
  const fixtureOf = (sha: string) => ALL.find((f) => shaOf(f) === sha) ?? sha;
  const found = async (query: string): Promise<string[]> => {
    const body = (await request(app).get(`/api/documents?${query}`).expect(200)).body as DocumentSearchResponse;
    return body.hits.map((h) => fixtureOf(h.sha256)).sort();
  };
  const normalised = (fixture: string) => g.entry(fixture).normalized;
  // The key's dates of a fixture, in seconds (zoneless = UTC, bare dates at midnight).
  const keyDates = (fixture: string): number[] =>
    (['create_date', 'modify_date'] as const).flatMap((f) =>
      normalised(fixture)[f]
        ? [keySecond(normalised(fixture)[`${f}_iso`] as string | undefined, String(normalised(fixture)[f]))]
        : [],
    );

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

    // Anomalous: the PDFs the key dates before PDF existed (hand-checked in anomalies.test.ts's review).
    const anomalous = expected((f) => g.entry(f).extension === 'pdf' && keyDates(f).some((s) => s < PDF_EXISTS));
    expect(anomalous).toEqual([OLD_PDF, LONE_PDF].sort());
    expect(await found('anomalous=yes')).toEqual(anomalous);
    expect(await found('anomalous=no')).toEqual(expected((f) => !anomalous.includes(f)));
    expect(await found('format=pdf&anomalous=no')).toEqual(byFormat.filter((f) => !anomalous.includes(f)));
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
    expect(d.anomalies).toEqual([]);
    expect(d.carriers.map((c) => c.messageId)).toEqual([g.messageId(0), g.messageId(2), g.messageId(1)]);
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

  it('names the file and folder of a loose document found in a zip', async () => {
    const d = (
      await request(app)
        .get(`/api/documents/${shaOf(ZIP_DOC)}`)
        .expect(200)
    ).body as DocumentDetail;
    expect(d.carriers).toEqual([]);
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

  it('spreads a document attached to three messages: one Document, three links, in time order with senders and recipients', async () => {
    const { records } = await g
      .driver()
      .executeQuery(
        'MATCH (:Message)-[h:HAS_ATTACHMENT]->(d:Document {sha256: $sha}) RETURN count(DISTINCT d) AS d, count(h) AS h',
        {
          sha: shaOf(SHARED),
        },
      );
    expect([records[0]!.get('d'), records[0]!.get('h')]).toEqual([1, 3]);
    const spread = (
      await request(app)
        .get(`/api/documents/${shaOf(SHARED)}/spread`)
        .expect(200)
    ).body as DocumentSpread;
    const carriers = MESSAGES.map((m, i) => ({ m, i })).filter(({ m }) =>
      m.attachments.some((a) => a.fixture === SHARED),
    );
    carriers.sort((a, b) => Date.parse(a.m.headers.date) - Date.parse(b.m.headers.date));
    expect(spread.steps).toHaveLength(3);
    // Neither the order the files are read in nor the order of the ids is the time order tested here.
    const timeOrder = carriers.map(({ i }) => g.messageId(i));
    expect([0, 1, 2].map((i) => g.messageId(i))).not.toEqual(timeOrder);
    expect([...timeOrder].sort()).not.toEqual(timeOrder);
    spread.steps.forEach((step, n) => {
      const { m, i } = carriers[n]!;
      expect(step.messageId).toBe(g.messageId(i));
      expect(Date.parse(step.date!)).toBe(Date.parse(m.headers.date));
      expect(step.subject).toBe(m.headers.subject);
      const at = m.attachments.findIndex((a) => a.fixture === SHARED);
      expect([step.name, step.part]).toEqual([m.attachments[at]!.name, at]);
      const plain = (a: { name: string | null; email: string } | null) => a && { name: a.name, email: a.email };
      expect(plain(step.from)).toEqual(parseAddress(m.headers.from));
      const sorted = (l: { name: string | null; email: string }[]) =>
        [...l].sort((a, b) => a.email.localeCompare(b.email));
      expect(step.to.map(plain)).toEqual(sorted(addresses(m.headers.to)));
      expect(step.cc.map(plain)).toEqual(sorted(addresses(m.headers.cc)));
      expect(step.bcc).toEqual([]);
    });
    await request(app)
      .get(`/api/documents/${'0'.repeat(64)}/spread`)
      .expect(404);
  });

  it('gives each message its attachments as document summaries', async () => {
    const m = (
      await request(app)
        .get(`/api/messages/${g.messageId(0)}`)
        .expect(200)
    ).body as MessageDetail;
    const bySha = new Map(m.attachments.map((a) => [a.sha256, a]));
    expect(bySha.get(shaOf(SHARED))).toMatchObject({
      name: 'budget.docx',
      format: 'docx',
      status: 'ok',
      anomalyCount: 0,
    });
    expect(bySha.get(shaOf(OLD_PDF))).toMatchObject({ name: 'annotated.pdf', format: 'pdf', status: 'ok' });
    expect(bySha.get(shaOf(OLD_PDF))!.anomalyCount).toBeGreaterThan(0);
  });

  it('runs the saved queries document-spread and documents-with-anomalies on what the graph holds', async () => {
    const run = async (name: string, params: Record<string, unknown>) => {
      const res = await request(app).post(`/api/queries/${name}/run`).send({ params });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const r = res.body as QueryResult & { kind: 'table' };
      return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i]])));
    };
    const spread = await run('document-spread', { sha256: shaOf(SHARED) });
    expect(spread.map((r) => r.messageId)).toEqual([g.messageId(0), g.messageId(2), g.messageId(1)]);
    expect(spread.map((r) => r.fileName)).toEqual(['budget.docx', 'budget.docx', 'renamed.docx']);
    // Recipients as written in the first mail: to before cc, each by address, the display name if it has one.
    const shown = (role: string, list: string | undefined) =>
      addresses(list)
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((a) => `${role}: ${a.name ?? a.email}`);
    expect(spread[0]!.recipients).toEqual([
      ...shown('to', MESSAGES[0]!.headers.to),
      ...shown('cc', MESSAGES[0]!.headers.cc),
    ]);
    // Without a hash: the document carried by the most messages.
    expect((await run('document-spread', {})).map((r) => r.sha256)).toEqual([
      shaOf(SHARED),
      shaOf(SHARED),
      shaOf(SHARED),
    ]);
    const anomalous = await run('documents-with-anomalies', {});
    expect(anomalous.map((r) => fixtureOf(r.sha256 as string)).sort()).toEqual([OLD_PDF, LONE_PDF].sort());
    const carried = anomalous.find((r) => r.sha256 === shaOf(OLD_PDF))!;
    expect([carried.messages, carried.messageIds]).toEqual([1, [g.messageId(0)]]);
    // The kind the pre-PDF dates raise (PDF_EXISTS above): both anomalous PDFs, and no other document.
    const byKind = await run('documents-with-anomalies', { kind: 'date-before-format' });
    expect(byKind.map((r) => fixtureOf(r.sha256 as string)).sort()).toEqual([OLD_PDF, LONE_PDF].sort());
    expect(await run('documents-with-anomalies', { kind: 'no-such-kind' })).toEqual([]);
  });

  it('returns the original bytes of an attachment and of a file in a zip, their SHA-256 that of the fixture', async () => {
    for (const fixture of [SHARED, ZIP_DOC]) {
      const res = await request(app)
        .get(`/api/documents/${shaOf(fixture)}/raw`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(sha256(res.body as Buffer)).toBe(sha256(fixtureBytes(fixture)));
      expect(res.headers['x-content-sha256']).toBe(sha256(fixtureBytes(fixture)));
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="?(budget\.docx|memo\.doc)"?$/);
    }
    await request(app)
      .get(`/api/documents/${'0'.repeat(64)}/raw`)
      .expect(404);
    await request(app).get('/api/documents/not-a-hash/raw').expect(400);
  });

  it('answers 409 with a clear message when no place still holds matching bytes', async () => {
    writeFileSync(join(g.root(), 'carol', 'scan.pdf'), 'changed since the ingest');
    const res = await request(app)
      .get(`/api/documents/${shaOf(LONE_PDF)}/raw`)
      .expect(409);
    expect(res.body.error).toMatch(/original bytes are unavailable/);
    expect(res.body.error).toMatch(/scan\.pdf/);
  });
});
