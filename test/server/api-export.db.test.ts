/**
 * GET/POST /api/export: every format holds exactly the chosen subgraph, read back with independent
 * tools (fast-xml-parser for GEXF 1.3, graphology-graphml and networkx for GraphML, a CSV parser, Neo4j itself for the
 * Cypher script), and the story bundle's manifest hashes match its files and the graph's copies.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { splitStatements } from '../../db/cypher.js';
import { runsOk, skipUnless } from '../support/optional.js';
import { binary, parseCsv, unzip } from './support/http.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

interface GraphmlRead {
  directed: boolean;
  nodes: Record<string, { kind: string; sent: number; label: string }>;
  edges: [string, string, number, string][];
}

const noNetworkx = skipUnless(
  runsOk('python3', ['-c', 'import networkx']),
  'python3 with networkx not found on PATH',
  'the second GraphML reader: apt-get install python3-networkx',
);

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe.skipIf(missingFixtures())('exports', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  let ids: string[];
  let expectedEdges: Map<string, number>;
  const tmp = mkdtempSync(join(tmpdir(), 'leakgraph-export-'));

  beforeAll(async () => {
    app = createApp({ driver: db.driver() });
    ids = (
      await rows<{ id: string }>(
        db.driver(),
        'MATCH (p:Person) RETURN p.id AS id ORDER BY p.sent + p.received DESC, p.id LIMIT 12',
      )
    ).map((r) => r.id);
    const edges = await rows<{ s: string; t: string; c: number }>(
      db.driver(),
      'MATCH (a:Person)-[e:EMAILED]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS s, b.id AS t, e.count AS c',
      { ids },
    );
    expectedEdges = new Map(edges.map((e) => [`${e.s}->${e.t}`, e.c]));
    expect(expectedEdges.size).toBeGreaterThan(5);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const download = async (query: string) => {
    const res = await request(app).get(`/api/export?${query}`).buffer(true).parse(binary).expect(200);
    return { body: res.body as Buffer, headers: res.headers };
  };

  it('GEXF: version 1.3 in its namespace, exactly the chosen persons and the edges among them', async () => {
    const { body, headers } = await download(`format=gexf&ids=${ids.join(',')}`);
    expect(headers['content-disposition']).toMatch(/\.gexf/);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(body.toString('utf8'));
    expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(doc.gexf.version).toBe('1.3');
    const graph = doc.gexf.graph;
    expect(graph.defaultedgetype).toBe('directed');
    const attrIds = new Map(
      asList<{ id: string; title: string; type: string }>(
        asList<{ class: string; attribute: unknown }>(graph.attributes).find((a) => a.class === 'node')!
          .attribute as never,
      ).map((a) => [a.id, a]),
    );
    const nodes = asList<{ id: string; label: string; attvalues: { attvalue: { for: string; value: string }[] } }>(
      graph.nodes.node,
    );
    expect(nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    for (const n of nodes) for (const v of asList(n.attvalues.attvalue)) expect(attrIds.has(v.for)).toBe(true);
    const edges = asList<{ source: string; target: string; weight: string }>(graph.edges.edge);
    expect(edges.length).toBe(expectedEdges.size);
    for (const e of edges) expect(Number(e.weight)).toBe(expectedEdges.get(`${e.source}->${e.target}`));
    const names = await rows<{ id: string; name: string }>(
      db.driver(),
      'MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name',
      { ids },
    );
    for (const n of nodes) expect(n.label).toBe(names.find((x) => x.id === n.id)!.name);
  });

  // Two independent readers: graphology-graphml (npm, always) and networkx (Debian python3-networkx,
  // CI installs it; skipped elsewhere saying so).
  async function graphmlExport(): Promise<string> {
    const { body } = await download(`format=graphml&ids=${ids.join(',')}`);
    return body.toString('utf8');
  }

  async function expectGraphmlGraph(out: GraphmlRead): Promise<void> {
    expect(out.directed).toBe(true);
    expect(Object.keys(out.nodes).sort()).toEqual([...ids].sort());
    expect(out.edges.length).toBe(expectedEdges.size);
    for (const [s, t, count, kind] of out.edges) {
      expect(kind).toBe('emailed');
      expect(Number(count)).toBe(expectedEdges.get(`${s}->${t}`));
    }
    const sent = await rows<{ id: string; sent: number }>(
      db.driver(),
      'MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.sent AS sent',
      { ids },
    );
    for (const { id, sent: n } of sent) expect(Number(out.nodes[id]!.sent)).toBe(n);
  }

  it('GraphML: graphology-graphml reads it, with exactly the chosen persons, edges and counts', async () => {
    const g = parseGraphml(MultiGraph, await graphmlExport());
    await expectGraphmlGraph({
      directed: g.type === 'directed',
      nodes: Object.fromEntries(g.mapNodes((n, a) => [n, a as GraphmlRead['nodes'][string]])),
      edges: g.mapEdges((_e, a, s, t) => [s, t, a.count as number, a.kind as string]),
    });
  });

  it.skipIf(noNetworkx)('GraphML: networkx reads it the same', async () => {
    const file = join(tmp, 'graph.graphml');
    writeFileSync(file, await graphmlExport());
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps({"directed": g.is_directed(), "nodes": {n: d for n, d in g.nodes(data=True)},',
      '  "edges": [[u, v, d.get("count"), d.get("kind")] for u, v, d in g.edges(data=True)]}))',
    ].join('\n');
    await expectGraphmlGraph(
      JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as GraphmlRead,
    );
  });

  it('CSV: a zip of nodes.csv and edges.csv with the same subgraph', async () => {
    const { body } = await download(`format=csv&ids=${ids.join(',')}`);
    const files = await unzip(body);
    const nodes = parseCsv(files.get('nodes.csv')!.toString('utf8'));
    const edges = parseCsv(files.get('edges.csv')!.toString('utf8'));
    expect(nodes[0]).toEqual([
      'id',
      'kind',
      'label',
      'sent',
      'received',
      'domain',
      'entityType',
      'verified',
      'contradicted',
      'sha256',
      'format',
      'size',
      'anomalyCount',
      'tags',
      'notes',
    ]);
    expect(
      nodes
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...ids].sort());
    const [, source, target, , count] = [
      0,
      edges[0]!.indexOf('source'),
      edges[0]!.indexOf('target'),
      0,
      edges[0]!.indexOf('count'),
    ];
    expect(edges.length - 1).toBe(expectedEdges.size);
    for (const r of edges.slice(1)) expect(Number(r[count!])).toBe(expectedEdges.get(`${r[source!]}->${r[target!]}`));
  });

  it('JSON: graphology import format with the same subgraph', async () => {
    const { body } = await download(`format=json&ids=${ids.join(',')}`);
    const graph = JSON.parse(body.toString('utf8')) as GraphResponse;
    expect(graph.options).toEqual({ type: 'directed', multi: false, allowSelfLoops: true });
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([...ids].sort());
    expect(new Map(graph.edges.map((e) => [`${e.source}->${e.target}`, e.attributes.count]))).toEqual(expectedEdges);
  });

  it('Cypher script: recreates exactly the subgraph in an empty graph (run in a transaction rolled back)', async () => {
    const { body } = await download(`format=cypher&ids=${ids.join(',')}`);
    const statements = splitStatements(body.toString('utf8'));
    const session = db.driver().session();
    const tx = session.beginTransaction();
    try {
      await tx.run('MATCH (n) DETACH DELETE n');
      // Constraints are schema changes (their own transactions); the test graph has them already.
      for (const s of statements.filter((x) => !x.startsWith('CREATE CONSTRAINT'))) await tx.run(s);
      const persons = await tx.run('MATCH (p:Person) RETURN p.id AS id, p.name AS name');
      expect(persons.records.map((r) => r.get('id')).sort()).toEqual([...ids].sort());
      const edges = await tx.run(
        'MATCH (a:Person)-[e:EMAILED]->(b:Person) RETURN a.id AS s, b.id AS t, e.count AS c, e.first AS first',
      );
      expect(new Map(edges.records.map((r) => [`${r.get('s')}->${r.get('t')}`, r.get('c') as number]))).toEqual(
        expectedEdges,
      );
      expect(edges.records.every((r) => r.get('first') === null || typeof r.get('first') === 'object')).toBe(true);
      const names = await rows<{ id: string; name: string }>(
        db.driver(),
        'MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name',
        { ids },
      );
      for (const r of persons.records) expect(r.get('name')).toBe(names.find((x) => x.id === r.get('id'))!.name);
    } finally {
      await tx.rollback();
      await session.close();
    }
    expect((await rows(db.driver(), 'MATCH (m:Message) RETURN m LIMIT 1')).length).toBe(1);
  });

  it('story bundle: graph files, original .eml files whose SHA-256 match the manifest and the graph', async () => {
    const { body, headers } = await download(`format=bundle&ids=${ids.join(',')}`);
    const files = await unzip(body);
    for (const f of [
      'graph.gexf',
      'graph.graphml',
      'graph.json',
      'nodes.csv',
      'edges.csv',
      'graph.cypher',
      'manifest.csv',
      'manifest.json',
      'SHA256SUMS',
      'README.txt',
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
      messagesTotal: number;
      messages: {
        id: string;
        sha256: string | null;
        file: string | null;
        from: string;
        status: string | null;
        problem: string | null;
      }[];
    };
    const expected = await rows<{ id: string }>(
      db.driver(),
      `MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(q:Person)
       WHERE p.id IN $ids AND q.id IN $ids RETURN DISTINCT m.id AS id`,
      { ids },
    );
    expect(manifest.messagesTotal).toBe(expected.length);
    expect(new Set(manifest.messages.map((m) => m.id))).toEqual(new Set(expected.map((r) => r.id)));
    expect(headers['x-leakgraph-messages-total']).toBe(String(expected.length));
    const copies = await rows<{ id: string; sha: string[] }>(
      db.driver(),
      'MATCH (c:Copy)-[:OF]->(m:Message) WHERE m.id IN $ids RETURN m.id AS id, collect(c.sha256) AS sha',
      {
        ids: expected.map((r) => r.id),
      },
    );
    const shaOf = new Map(copies.map((c) => [c.id, c.sha]));
    let checked = 0;
    for (const m of manifest.messages) {
      expect(m.problem).toBeNull();
      const bytes = files.get(m.file!)!;
      expect(sha256(bytes)).toBe(m.sha256);
      expect(shaOf.get(m.id)).toContain(m.sha256);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    const sums = files.get('SHA256SUMS')!.toString('utf8').trim().split('\n');
    expect(sums.length).toBe(checked);
    for (const line of sums) {
      const [hash, name] = line.split('  ') as [string, string];
      expect(sha256(files.get(name)!)).toBe(hash);
    }
    const csv = parseCsv(files.get('manifest.csv')!.toString('utf8'));
    expect(csv[0]).toEqual([
      'id',
      'messageId',
      'date',
      'from',
      'to',
      'cc',
      'bcc',
      'subject',
      'sha256',
      'file',
      'source',
      'status',
      'problem',
      'tags',
      'notes',
    ]);
    expect(csv.length - 1).toBe(manifest.messages.length);
    // The bundle's graph is the same subgraph.
    const graph = JSON.parse(files.get('graph.json')!.toString('utf8')) as GraphResponse;
    expect(graph.nodes.map((n) => n.key).sort()).toEqual([...ids].sort());
  });

  it('story bundle with redact: addresses of people outside the selection become placeholders', async () => {
    // Two people who wrote to each other with someone else on copy.
    const [pair] = (await rows<{ p: string; q: string }>(
      db.driver(),
      `MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC]->(:Address)<-[:USES]-(q:Person)
       WHERE p <> q AND COUNT { (m)-[:TO|CC]->(:Address) } >= 3
       RETURN p.id AS p, q.id AS q ORDER BY p.id, q.id LIMIT 1`,
    )) as [{ p: string; q: string }];
    const few = [pair.p, pair.q];
    const { body } = await download(`format=bundle&redact=true&ids=${few.join(',')}`);
    const manifest = JSON.parse((await unzip(body)).get('manifest.json')!.toString('utf8')) as {
      messages: { id: string; from: string; to: string; cc: string }[];
    };
    expect(manifest.messages.length).toBeGreaterThan(0);
    const own = new Set(
      (
        await rows<{ email: string }>(
          db.driver(),
          'MATCH (p:Person)-[:USES]->(a:Address) WHERE p.id IN $ids RETURN a.email AS email',
          { ids: few },
        )
      ).map((r) => r.email),
    );
    let redacted = 0;
    for (const m of manifest.messages) {
      for (const address of [m.from, ...m.to.split('; '), ...m.cc.split('; ')].filter(Boolean)) {
        if (/^\[outside selection \d+\]$/.test(address)) redacted++;
        else expect(own.has(address), address).toBe(true);
      }
    }
    expect(redacted).toBeGreaterThan(0);
  });

  it('says when a limit cut the selection: top N of the filtered graph', async () => {
    const { body, headers } = await download('format=gexf&top=5');
    expect(headers['x-leakgraph-limited']).toBe('true');
    expect(Number(headers['x-leakgraph-hidden-persons'])).toBeGreaterThan(0);
    expect(decodeURIComponent(String(headers['x-leakgraph-limits']))).toMatch(/top 5 of \d+ persons/);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(body.toString('utf8'));
    expect(doc.gexf.meta.description).toMatch(/LIMIT: top 5 of/);
    expect(asList(doc.gexf.graph.nodes.node).length).toBe(5);
  });

  it('exports the graph a saved query draws, and refuses a table query', async () => {
    const run = (await request(app).post('/api/queries/emailed-both/run').send({}).expect(200)).body as {
      kind: string;
      graph: GraphResponse;
    };
    const { body } = await download('format=json&query=emailed-both');
    const graph = JSON.parse(body.toString('utf8')) as GraphResponse;
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(run.graph.nodes.map((n) => n.key).sort());
    expect(graph.edges.map((e) => e.key).sort()).toEqual(run.graph.edges.map((e) => e.key).sort());
    const refused = await request(app).get('/api/export?format=gexf&query=largest-threads').expect(400);
    expect(refused.body.error).toMatch(/returns a table/);
  });

  it('takes long selections as a JSON body (POST)', async () => {
    const res = await request(app)
      .post('/api/export')
      .send({ format: 'json', ids })
      .buffer(true)
      .parse(binary)
      .expect(200);
    const graph = JSON.parse((res.body as Buffer).toString('utf8')) as GraphResponse;
    expect(graph.nodes.length).toBe(ids.length);
    await request(app).post('/api/export').send({ format: 'pdf' }).expect(400);
    await request(app).get('/api/export?format=gexf&ids=alice').expect(400);
  });
});
