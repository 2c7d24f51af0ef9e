/**
 * Issue 12, the demo's documents on the real test Neo4j: after ingesting demo/mailbox as
 * `npm start` does, every document of the demo is one Document, each planted anomaly is raised on
 * exactly the documents planted with it and the ordinary documents carry none, the loose workbooks
 * (one inside a zip) lie in Jean-Baptiste's folder, and the framing note's "who had it when" lists
 * its three carrying messages in time order. Expected values come from demo/manifest.json, which
 * the generator writes from the scenario's hand-written declarations (scenario/attachments.ts,
 * scenario/loose-files.ts), never from leakgraph's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import type { DocumentSearchResponse, DocumentSpread, GraphResponse } from '../../contract/index.js';
import type { DemoDocument } from '../../demo/compose/documents-manifest.js';
import { ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import { projectRoot } from '../../db/paths.js';
import { useTestDatabase } from '../support/db.js';

const manifest = JSON.parse(readFileSync(join(projectRoot(), 'demo', 'manifest.json'), 'utf8')) as {
  documents: DemoDocument[];
};
const DOCUMENTS = manifest.documents;
const NOTE = 'Note_cadrage_concertation_Kerbrevet.docx';

describe('the demo mailbox’s documents (issue 12)', () => {
  const db = useTestDatabase();
  const graph = new Map<string, { kinds: string[]; state: string; status: string | null }>();

  beforeAll(async () => {
    const summary = await ingest(db.driver(), { paths: [demoMailboxDir()], workers: 2, noEntities: true });
    expect(summary.failed).toBe(0);
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (d:Document) RETURN d.sha256 AS sha, coalesce(d.anomalyKinds, []) AS kinds, d.state AS state, d.status AS status',
      );
    for (const r of records)
      graph.set(r.get('sha') as string, {
        kinds: [...(r.get('kinds') as string[])].sort(),
        state: r.get('state') as string,
        status: r.get('status') as string | null,
      });
  }, 240_000);

  it('reads every document of the demo, and no other, once each', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(10);
    expect([...graph.keys()].sort()).toEqual(DOCUMENTS.map((d) => d.sha256).sort());
    for (const d of DOCUMENTS)
      expect({ name: d.names[0], ...graph.get(d.sha256) }).toMatchObject({ state: 'read', status: 'ok' });
  });

  it('raises each planted anomaly on exactly the documents planted with it, and none on the ordinary ones', () => {
    const ordinary = DOCUMENTS.filter((d) => d.planted.length === 0);
    expect(ordinary.length).toBeGreaterThanOrEqual(5);
    expect(new Set(DOCUMENTS.flatMap((d) => d.planted)).size).toBeGreaterThanOrEqual(7);
    const seen = DOCUMENTS.map((d) => ({ name: d.names[0], kinds: graph.get(d.sha256)?.kinds }));
    expect(seen).toEqual(DOCUMENTS.map((d) => ({ name: d.names[0], kinds: d.planted })));
  });

  it('finds the loose workbooks in Jean-Baptiste’s folder, the fourth inside its zip', async () => {
    const loose = DOCUMENTS.flatMap((d) => d.loose.map((l) => ({ sha256: d.sha256, ...l })));
    expect(loose.some((l) => l.entry)).toBe(true);
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (d:Document)-[:FOUND_IN]->(f:File) RETURN d.sha256 AS sha, f.path AS path, f.entries AS entries, f.mailbox AS mailbox',
      );
    const found = records.map((r) => ({
      sha256: r.get('sha') as string,
      path: r.get('path') as string,
      entries: r.get('entries') as string[],
      mailbox: r.get('mailbox') as string,
    }));
    const expected = loose.map((l) => ({
      sha256: l.sha256,
      path: join(demoMailboxDir(), l.path),
      entries: l.entry ? [l.entry] : [],
      mailbox: l.path.split('/')[0],
    }));
    const order = (a: { path: string; sha256: string }, b: { path: string; sha256: string }) =>
      a.path.localeCompare(b.path) || a.sha256.localeCompare(b.sha256);
    expect(found.sort(order)).toEqual(expected.sort(order));
  });

  it('shows who had the framing note when: its three carrying messages, in time order', async () => {
    const note = DOCUMENTS.find((d) => d.names.includes(NOTE))!;
    expect(note.carriers).toHaveLength(3);
    const app = createApp({ driver: db.driver() });
    const spread = (await request(app).get(`/api/documents/${note.sha256}/spread`).expect(200)).body as DocumentSpread;
    const expected = [...note.carriers].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    expect(spread.steps.map((s) => ({ date: Date.parse(s.date!), subject: s.subject, name: s.name }))).toEqual(
      expected.map((c) => ({ date: Date.parse(c.date), subject: c.subject, name: NOTE })),
    );
    const headerIds = await Promise.all(
      spread.steps.map(async (s) => {
        const { records } = await db
          .driver()
          .executeQuery('MATCH (m:Message {id: $id}) RETURN m.messageId AS header', { id: s.messageId });
        return (records[0]?.get('header') as string | undefined)?.replace(/^<|>$/g, '');
      }),
    );
    expect(headerIds).toEqual(expected.map((c) => c.messageId));
  });

  it('finds the burst by its editor’s Cyrillic name, and filters the graph’s documents by anomalies as planted', async () => {
    const app = createApp({ driver: db.driver() });
    const burst = DOCUMENTS.filter((d) => d.planted.includes('edit-burst')).map((d) => d.sha256);
    expect(burst).toHaveLength(4);
    const hits = (
      await request(app)
        .get(`/api/documents?q=${encodeURIComponent('Соколов')}`)
        .expect(200)
    ).body as DocumentSearchResponse;
    expect(hits.hits.map((h) => h.sha256).sort()).toEqual([...burst].sort());
    const docNodes = async (anomalies: string) =>
      (
        (await request(app).get(`/api/graph?documents=true&anomalies=${anomalies}`).expect(200)).body as GraphResponse
      ).nodes
        .filter((n) => n.key.startsWith('doc:'))
        .map((n) => DOCUMENTS.find((d) => `doc:${d.sha256}` === n.key)!);
    const withAnomalies = await docNodes('with');
    const without = await docNodes('without');
    // The invoice back-dated after sending travels between drawn persons (Erwan, Jean-Baptiste, Hélène).
    expect(withAnomalies.map((d) => d.names[0])).toContain('Facture_ESK-2024-031.pdf');
    for (const d of withAnomalies) expect(d.planted.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const d of without) expect(d.planted).toEqual([]);
  });
});
