/**
 * Issue 12, where a document went, on the real test Neo4j: GET /api/documents/:sha256/spread (who
 * had it when), /:sha256/raw (original bytes, 409 when no place still holds them), the message's
 * attachment summaries, and the saved queries document-spread and documents-with-anomalies. The dump
 * is support/document-dump.ts; expected values come from the messages as written there and from the
 * fixtures' answer key (exiftool metadata, the files' own SHA-256), anomalies as
 * support/document-expectations.ts derives them from both.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DocumentSpread, MessageDetail, QueryResult } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { fixtureBytes } from '../ingest/extract/documents/fixtures.js';
import { missingShared } from '../support/shared.js';
import { binary } from './support/http.js';
import {
  LONE_PDF,
  MESSAGES,
  OLD_PDF,
  SHARED,
  ZIP_DOC,
  addresses,
  parseAddress,
  sha256,
  useDocumentGraph,
} from './support/document-dump.js';
import { dumpAnomalies } from './support/document-expectations.js';

const skip = missingShared('fixtures/documents');

describe.skipIf(!!skip)('where a document went (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver() });
  });
  const shaOf = (fixture: string) => g.entry(fixture).sha256;
  const fixtureOf = g.fixtureOf;

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
    expect(spread.total).toBe(carriers.length);
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
    const want = dumpAnomalies(g.entry);
    expect(bySha.get(shaOf(SHARED))).toMatchObject({
      name: 'budget.docx',
      format: 'docx',
      status: 'ok',
      anomalyCount: want.cross.get(SHARED)!.length + (want.beforeFormat.includes(SHARED) ? 1 : 0),
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
    const want = dumpAnomalies(g.entry);
    const anomalous = await run('documents-with-anomalies', {});
    expect(anomalous.map((r) => fixtureOf(r.sha256 as string)).sort()).toEqual(want.anomalous);
    const carried = anomalous.find((r) => r.sha256 === shaOf(OLD_PDF))!;
    expect([carried.messages, carried.messageIds]).toEqual([1, [g.messageId(0)]]);
    // The kind the pre-PDF dates raise: both anomalous PDFs, and no other document; the kind outside
    // editors raise: the documents the key names one for.
    const byKind = await run('documents-with-anomalies', { kind: 'date-before-format' });
    expect(byKind.map((r) => fixtureOf(r.sha256 as string)).sort()).toEqual(want.beforeFormat);
    expect(want.beforeFormat).toEqual([OLD_PDF, LONE_PDF].sort());
    const outside = await run('documents-with-anomalies', { kind: 'editor-not-correspondent' });
    expect(outside.map((r) => fixtureOf(r.sha256 as string)).sort()).toEqual([...want.outsiders.keys()].sort());
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
