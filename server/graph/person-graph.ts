/**
 * Neo4j → the person-level who-talked-to-whom graph (Person nodes, EMAILED edges), filtered:
 * date window (counts recomputed from the messages in it), minimum count, domains, top N persons
 * by volume, optionally the entities they mention. Serves /api/graph, neighbours and exports.
 */
import type { Driver } from 'neo4j-driver';

import type { EntityType, GraphQuery, GraphResponse } from '../../contract/index.js';
import { int, readOne, readQuery } from '../db/queries.js';
import { type EdgeColumns, type NodeColumns, toEdgeRows, toNodeRows } from './columns.js';
import { type DocumentPart, documentPart } from './document-nodes.js';
import {
  type EdgeRow,
  type GraphEdge,
  type GraphNode,
  emailedEdge,
  graphResponse,
  mentionsEdge,
  personNode,
} from './graph-response.js';
import { type DateWindow, dateWindow } from './window.js';
import { type Volume, windowEdgeRows, windowVolumes } from './window-graph.js';

// Entity nodes drawn at most; beyond this the response says how many were left out.
export const MAX_ENTITY_NODES = 1_000;

export type GraphFilter = Pick<GraphQuery, 'from' | 'to' | 'minCount' | 'domains' | 'entities' | 'entityTypes'> &
  Partial<Pick<GraphQuery, 'documents' | 'anomalies'>>;

/** Verified / contradicted counts of the messages each person sent (empty before verification). */
async function verificationCounts(
  driver: Driver,
  ids: string[],
): Promise<Map<string, { verified: number; contradicted: number }>> {
  const rows = await readQuery<{ id: string; status: string; messages: number }>(driver, 'graph-verification', { ids });
  const counts = new Map<string, { verified: number; contradicted: number }>();
  for (const r of rows) {
    const c = counts.get(r.id) ?? { verified: 0, contradicted: 0 };
    if (r.status === 'verified') c.verified = r.messages;
    if (r.status === 'contradicted') c.contradicted = r.messages;
    counts.set(r.id, c);
  }
  return counts;
}

/** Node columns as graph-nodes.cypher (and person-neighborhood.cypher) return them. */
export type NodeColumnsRow = NodeColumns & { anyStatus: boolean; anyVerdict: boolean } & Record<string, unknown>;

/**
 * Person nodes from node columns, in their order (clients draw the first first). Verification
 * counts only once verification has run (before, the attributes stay absent); read per person only
 * when some message is verified or contradicted (otherwise all are 0).
 */
export async function nodesFromColumns(driver: Driver, row: NodeColumnsRow | undefined): Promise<GraphNode[]> {
  if (!row) return [];
  const verification = row.anyVerdict
    ? await verificationCounts(driver, row.keys)
    : new Map<string, { verified: number; contradicted: number }>();
  const none = { verified: 0, contradicted: 0 };
  return toNodeRows(row).map((r) => personNode(row.anyStatus ? { ...r, ...(verification.get(r.key) ?? none) } : r));
}

async function personNodes(driver: Driver, ids: string[]): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  return nodesFromColumns(driver, await readOne<NodeColumnsRow>(driver, 'graph-nodes', { ids }));
}

// Persons whose edges one query reads; larger graphs are read in parallel slices (Neo4j runs each
// query on one core), every slice-th person each, so the busiest persons are shared out.
const EDGE_SLICE = 2_500;

/** The stored EMAILED edges among the persons (no date window). */
export async function storedEdges(
  driver: Driver,
  ids: string[],
  minCount: number,
  sliceSize = EDGE_SLICE,
): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const index = Object.fromEntries(ids.map((id, i) => [id, int(i)]));
  const slices = Math.ceil(ids.length / sliceSize);
  const parts = await Promise.all(
    Array.from({ length: slices }, (_, start) =>
      readOne<EdgeColumns & Record<string, unknown>>(driver, 'graph-edges', {
        ids,
        index,
        start: int(start),
        end: int(ids.length),
        step: int(slices),
        minCount: int(minCount),
      }),
    ),
  );
  return parts.flatMap((columns) => toEdgeRows(columns, ids));
}

async function entityPart(
  driver: Driver,
  ids: string[],
  filter: GraphFilter,
  window: DateWindow | null,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; hidden: number }> {
  if (!filter.entities || ids.length === 0) return { nodes: [], edges: [], hidden: 0 };
  interface Row extends Record<string, unknown> {
    source: string;
    target: string;
    name: string;
    type: EntityType;
    count: number;
    first: string | null;
    last: string | null;
  }
  const rows = await readQuery<Row>(driver, 'graph-entities', {
    ids,
    from: window?.from ?? null,
    to: window?.to ?? null,
    types: filter.entityTypes ?? [],
  });
  const totals = new Map<string, { name: string; type: Row['type']; count: number }>();
  for (const r of rows) {
    const t = totals.get(r.target) ?? { name: r.name, type: r.type, count: 0 };
    t.count += r.count;
    totals.set(r.target, t);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const kept = new Map(ranked.slice(0, MAX_ENTITY_NODES));
  const nodes: GraphNode[] = [...kept.entries()].map(([key, e]) => ({
    key,
    attributes: { kind: 'entity', label: e.name, sent: 0, received: e.count, domain: '', entityType: e.type },
  }));
  const edges = rows
    .filter((r) => kept.has(r.target))
    .map((r) => mentionsEdge(r.source, r.target, r.count, r.first, r.last));
  return { nodes, edges, hidden: ranked.length - kept.size };
}

/** The optional parts hung on the persons: mentioned entities and carried documents. */
async function extraParts(driver: Driver, ids: string[], filter: GraphFilter, window: DateWindow | null) {
  const documents = { documents: filter.documents ?? false, anomalies: filter.anomalies ?? 'all' };
  return Promise.all([entityPart(driver, ids, filter, window), documentPart(driver, ids, documents, window)]);
}

function assemble(
  persons: GraphNode[],
  edges: GraphEdge[],
  [entities, documents]: [Awaited<ReturnType<typeof entityPart>>, DocumentPart],
  matched: number,
  hidden: number,
  filter: GraphFilter,
): GraphResponse {
  return graphResponse(
    [...persons, ...entities.nodes, ...documents.nodes],
    [...edges, ...entities.edges, ...documents.edges],
    {
      matchedPersons: matched,
      hiddenPersons: hidden,
      ...(filter.entities && { hiddenEntities: entities.hidden }),
      ...(filter.documents && { hiddenDocuments: documents.hidden }),
    },
  );
}

/** GET /api/graph: the whole filtered graph, cut to the `top` persons by volume. */
export async function loadPersonGraph(driver: Driver, query: GraphFilter & { top: number }): Promise<GraphResponse> {
  const window = dateWindow(query);
  let ids: string[];
  let matched: number;
  let persons: GraphNode[];
  let edges: GraphEdge[];
  if (!window) {
    const simple = query.minCount <= 1 && !query.domains?.length;
    const row = await readOne<{ matched: number; ids: string[] }>(
      driver,
      simple ? 'graph-persons-any' : 'graph-persons',
      {
        minCount: int(query.minCount),
        domains: query.domains ?? [],
        top: int(query.top),
      },
    );
    matched = row?.matched ?? 0;
    ids = row?.ids ?? [];
    const [nodes, stored] = await Promise.all([personNodes(driver, ids), storedEdges(driver, ids, query.minCount)]);
    persons = nodes;
    edges = stored.map(emailedEdge);
  } else {
    const [edgeRows, volumes] = await Promise.all([
      windowEdgeRows(driver, window, { minCount: query.minCount, domains: query.domains ?? [], ids: null }),
      windowVolumes(driver, window),
    ]);
    const ends = new Set(edgeRows.flatMap((e) => [e.source, e.target]));
    const volume = (id: string) => (volumes.get(id)?.sent ?? 0) + (volumes.get(id)?.received ?? 0);
    const ranked = [...ends].sort((a, b) => volume(b) - volume(a) || (a < b ? -1 : 1));
    matched = ranked.length;
    ids = ranked.slice(0, query.top);
    const kept = new Set(ids);
    persons = (await personNodes(driver, ids)).map((n) => withVolume(n, volumes.get(n.key)));
    edges = edgeRows.filter((e) => kept.has(e.source) && kept.has(e.target)).map(emailedEdge);
  }
  const extras = await extraParts(driver, ids, query, window);
  return assemble(persons, edges, extras, matched, matched - ids.length, query);
}

function withVolume(node: GraphNode, volume: Volume | undefined): GraphNode {
  return {
    key: node.key,
    attributes: { ...node.attributes, sent: volume?.sent ?? 0, received: volume?.received ?? 0 },
  };
}

/** The graph among exactly these persons (export by ids or by query, neighbourhoods). */
export async function loadGraphOfPersons(driver: Driver, ids: string[], filter: GraphFilter): Promise<GraphResponse> {
  const window = dateWindow(filter);
  let persons: GraphNode[];
  let edgeRows: EdgeRow[];
  if (!window) {
    [persons, edgeRows] = await Promise.all([personNodes(driver, ids), storedEdges(driver, ids, filter.minCount)]);
  } else {
    const [nodes, rows, volumes] = await Promise.all([
      personNodes(driver, ids),
      windowEdgeRows(driver, window, { minCount: filter.minCount, domains: [], ids }),
      windowVolumes(driver, window),
    ]);
    persons = nodes.map((n) => withVolume(n, volumes.get(n.key)));
    edgeRows = rows;
  }
  const extras = await extraParts(driver, ids, filter, window);
  return assemble(persons, edgeRows.map(emailedEdge), extras, persons.length, 0, filter);
}
