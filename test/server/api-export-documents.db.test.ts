/**
 * Issue 12, documents in the subgraph exports on the real test Neo4j: with `documents` (the graph's
 * optional document nodes) GEXF, GraphML and CSV hold a node per attached document (SHA-256, name,
 * format, size, anomaly count) and its Person → Document edges (role, messages), and without it none.
 * Each file is read by a tool of its own (fast-xml-parser, networkx, the tests' RFC 4180 parser, and
 * Neo4j itself for the Cypher script).
 * Expected values come from the dump as written (support/document-dump.ts: who sent and received
 * what, under which name) and the fixtures' answer key (SHA-256, size, extension), anomalies as
 * support/document-expectations.ts derives them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { splitStatements } from '../../db/cypher.js';
import { createApp } from '../../server/app.js';
import { runsOk, skipUnless } from '../support/optional.js';
import { missingShared } from '../support/shared.js';
import { binary, parseCsv, unzip } from './support/http.js';
import {
  ATTACHED,
  MESSAGES,
  OLD_PDF,
  SHEET,
  expectedDocumentEdges,
  useDocumentGraph,
} from './support/document-dump.js';
import { dumpAnomalies } from './support/document-expectations.js';

const skip = missingShared('fixtures/documents');
const noNetworkx = skipUnless(
  runsOk('python3', ['-c', 'import networkx']),
  'python3 with networkx not found on PATH',
  'the GraphML reader: apt-get install python3-networkx',
);

/** What a reader found in an export, in one shape: node attributes by id, edges as (source, target, attributes). */
interface ExportRead {
  nodes: Map<string, Record<string, string>>;
  edges: { source: string; target: string; attributes: Record<string, string> }[];
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

type Attvalues = { attvalues?: { attvalue?: { for: string; value: string } | { for: string; value: string }[] } };

function readGexf(text: string): ExportRead {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false }).parse(
    text,
  );
  const values = (x: Attvalues) => Object.fromEntries(asList(x.attvalues?.attvalue).map((v) => [v.for, v.value]));
  const graph = doc.gexf.graph;
  return {
    nodes: new Map(
      asList<{ id: string; label: string } & Attvalues>(graph.nodes.node).map((n) => [
        n.id,
        { ...values(n), label: n.label },
      ]),
    ),
    edges: asList<{ source: string; target: string; weight: string } & Attvalues>(graph.edges?.edge).map((e) => ({
      source: e.source,
      target: e.target,
      attributes: { ...values(e), weight: e.weight },
    })),
  };
}

function readCsv(files: Map<string, Buffer>): ExportRead {
  const table = (name: string) => {
    const [header, ...rows] = parseCsv(files.get(name)!.toString('utf8'));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]).filter(([, v]) => v !== '')));
  };
  return {
    nodes: new Map(table('nodes.csv').map((r) => [r.id!, r])),
    edges: table('edges.csv').map((r) => ({ source: r.source!, target: r.target!, attributes: r })),
  };
}

describe.skipIf(!!skip)('documents in the exports (issue 12)', () => {
  const g = useDocumentGraph();
  let app: ReturnType<typeof createApp>;
  let persons: string[];
  const tmp = mkdtempSync(join(tmpdir(), 'leakgraph-export-documents-'));
  beforeAll(async () => {
    app = createApp({ driver: g.driver() });
    const { records } = await g.driver().executeQuery('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
    persons = records.map((r) => r.get('id') as string);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const download = async (query: string): Promise<Buffer> =>
    (await request(app).get(`/api/export?${query}`).buffer(true).parse(binary).expect(200)).body as Buffer;

  /** The export holds exactly the `fixtures` as document nodes, with their facts, and exactly their edges. */
  async function expectDocuments(read: ExportRead, fixtures: string[]): Promise<void> {
    const docs = [...read.nodes.entries()].filter(([, a]) => a.kind === 'document');
    expect(docs.map(([key]) => key).sort()).toEqual(fixtures.map((f) => `doc:${g.entry(f).sha256}`).sort());
    const want = dumpAnomalies(g.entry);
    for (const f of fixtures) {
      const entry = g.entry(f);
      const node = read.nodes.get(`doc:${entry.sha256}`)!;
      // The names it was attached under, as written in the messages.
      const names = MESSAGES.flatMap((m) => m.attachments.filter((a) => a.fixture === f).map((a) => a.name));
      expect(names, f).toContain(node.label);
      expect(node, f).toMatchObject({ sha256: entry.sha256, format: entry.extension, size: String(entry.size) });
      // Cross-document kinds and a PDF dated before PDF existed, as the key and the mails call for;
      // the reader's own per-file checks may add more for the 1990 PDF (at least its date).
      const expected = want.cross.get(f)!.length + (want.beforeFormat.includes(f) ? 1 : 0);
      if (f === OLD_PDF) expect(Number(node.anomalyCount), f).toBeGreaterThanOrEqual(expected);
      else expect(Number(node.anomalyCount), f).toBe(expected);
    }
    const edges = read.edges.filter((e) => e.target.startsWith('doc:'));
    const expected = await expectedDocumentEdges(g, persons);
    const keep = new Set(fixtures.map((f) => `doc:${g.entry(f).sha256}`));
    const wanted = new Map([...expected].filter(([key]) => keep.has(key.slice(key.indexOf('#') + 1))));
    expect(
      new Map(
        edges.map((e) => [
          `${e.source}#${e.target}`,
          { kind: e.attributes.kind, role: e.attributes.role, count: Number(e.attributes.count) },
        ]),
      ),
    ).toEqual(new Map([...wanted].map(([k, v]) => [k, { kind: 'document', ...v }])));
    // Persons stay as they were: every person, every document edge from one.
    for (const e of edges) expect(read.nodes.get(e.source)?.kind).toBe('person');
  }

  it('GEXF: the filtered graph with documents holds every attached document and who had it', async () => {
    const read = readGexf((await download('format=gexf&minCount=1&documents=true')).toString('utf8'));
    expect([...read.nodes.entries()].filter(([, a]) => a.kind === 'person').map(([k]) => k)).toEqual(
      expect.arrayContaining(persons),
    );
    await expectDocuments(read, ATTACHED);
    // GEXF's weight is the edge's message count for document edges too.
    for (const e of read.edges) expect(e.attributes.weight).toBe(e.attributes.count);
  });

  it('GEXF: no document nodes unless the view has them', async () => {
    const read = readGexf((await download('format=gexf&minCount=1')).toString('utf8'));
    expect([...read.nodes.values()].filter((a) => a.kind === 'document')).toEqual([]);
    expect(read.edges.filter((e) => e.target.startsWith('doc:'))).toEqual([]);
  });

  it.skipIf(noNetworkx)('GraphML (read by networkx): the chosen persons with their documents', async () => {
    const file = join(tmp, 'documents.graphml');
    writeFileSync(file, await download(`format=graphml&documents=true&ids=${persons.join(',')}`));
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps({"nodes": {n: {k: str(v) for k, v in d.items()} for n, d in g.nodes(data=True)},',
      '  "edges": [[u, v, {k: str(x) for k, x in d.items()}] for u, v, d in g.edges(data=True)]}))',
    ].join('\n');
    const out = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as {
      nodes: Record<string, Record<string, string>>;
      edges: [string, string, Record<string, string>][];
    };
    await expectDocuments(
      {
        nodes: new Map(Object.entries(out.nodes)),
        edges: out.edges.map(([source, target, attributes]) => ({ source, target, attributes })),
      },
      ATTACHED,
    );
  });

  it('CSV by POST (documents as a JSON boolean): documents with anomalies only, when asked', async () => {
    const res = await request(app)
      .post('/api/export')
      .send({ format: 'csv', ids: persons, documents: true, anomalies: 'with' })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const files = await unzip(res.body as Buffer);
    const read = readCsv(files);
    const { anomalous } = dumpAnomalies(g.entry);
    const odd = ATTACHED.filter((f) => anomalous.includes(f));
    // The dump has attached documents on both sides of the filter.
    expect(odd).toContain(OLD_PDF);
    expect(odd).not.toContain(SHEET);
    await expectDocuments(read, odd);
    expect(files.get('README.txt')!.toString('utf8')).toMatch(/documents with anomalies/);
  });

  it('CSV: the header names the document columns', async () => {
    const files = await unzip(await download(`format=csv&documents=true&ids=${persons.join(',')}`));
    const [nodeHeader] = parseCsv(files.get('nodes.csv')!.toString('utf8'));
    const [edgeHeader] = parseCsv(files.get('edges.csv')!.toString('utf8'));
    expect(nodeHeader).toEqual(expect.arrayContaining(['sha256', 'format', 'size', 'anomalyCount']));
    expect(edgeHeader).toEqual(expect.arrayContaining(['role', 'count']));
    await expectDocuments(readCsv(files), ATTACHED);
  });

  it('Cypher script: recreates the documents and who had them (run in a transaction rolled back)', async () => {
    const script = (await download(`format=cypher&documents=true&ids=${persons.join(',')}`)).toString('utf8');
    const session = g.driver().session();
    const tx = session.beginTransaction();
    try {
      await tx.run('MATCH (n) DETACH DELETE n');
      // Constraints are schema changes (their own transactions); the test graph has them already.
      for (const s of splitStatements(script).filter((x) => !x.startsWith('CREATE CONSTRAINT'))) await tx.run(s);
      const docs = await tx.run(
        'MATCH (d:Document) RETURN d.sha256 AS sha256, d.name AS label, d.format AS format, d.size AS size, d.anomalyCount AS anomalyCount',
      );
      const had = await tx.run(
        'MATCH (p:Person)-[h:HAD]->(d:Document) RETURN p.id AS source, "doc:" + d.sha256 AS target, "document" AS kind, h.role AS role, h.count AS count',
      );
      const str = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
      await expectDocuments(
        {
          nodes: new Map<string, Record<string, string>>([
            ...persons.map((id) => [id, { kind: 'person' }] as [string, Record<string, string>]),
            ...docs.records.map(
              (r) => [`doc:${r.get('sha256') as string}`, { kind: 'document', ...str(r.toObject()) }] as const,
            ),
          ]),
          edges: had.records.map((r) => ({
            source: r.get('source') as string,
            target: r.get('target') as string,
            attributes: str(r.toObject()),
          })),
        },
        ATTACHED,
      );
    } finally {
      await tx.rollback();
      await session.close();
    }
  });
});
