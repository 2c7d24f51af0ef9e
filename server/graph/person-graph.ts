/**
 * Neo4j → the person-level who-talked-to-whom graph (Person nodes, EMAILED edges), filtered:
 * date window (counts recomputed from the messages in it), minimum count, domains, top N persons
 * by volume, optionally the entities they mention. Serves /api/graph, neighbours and exports.
 */
import type { Driver } from 'neo4j-driver';

import type { DrawnGraph, EntityType, GraphQuery, GraphResponse } from '../../contract/index.js';
import { int, readInTransaction, readOne, readQuery } from '../db/queries.js';
import {
  type CountColumns,
  type EdgeColumns,
  type NodeColumns,
  toCountRows,
  toEdgeRows,
  toNodeRows,
} from './columns.js';
import { type DocumentPart, documentPart } from './document-nodes.js';
import {
  type CountRow,
  type DrawnEdge,
  type EdgeRow,
  type GraphEdge,
  type GraphNode,
  drawnEdge,
  emailedEdge,
  graphResponse,
  mentionsEdge,
  personNode,
} from './graph-response.js';
import { type DateWindow, dateWindow } from './window.js';
import { type Volume, type WindowFilter, windowCountRows, windowEdgeRows, windowVolumes } from './window-graph.js';

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

/** How a query chooses the persons of a graph: the overview's ranking, or the ids asked for. */
interface Choice {
  query: 'graph-persons-any' | 'graph-persons' | 'graph-person-elements';
  params: Record<string, unknown>;
}

interface ChosenRow extends Record<string, unknown> {
  ids: string[];
  /** Element ids, valid inside the transaction that read them only. */
  elements: string[];
  /** graph-persons.cypher only: how many persons passed the filters before the cut. */
  matched?: number;
}

/**
 * Chooses the persons and reads the EMAILED edges among them in one read transaction: the edge
 * query finds the persons by element id, which is valid there only (and spares reading every far
 * end's id). `chosen` hears the ids as soon as they are read, so node attributes can be read
 * alongside the edges.
 */
async function chooseWithEdges<Columns extends Record<string, unknown>>(
  driver: Driver,
  choice: Choice,
  edgeQuery: 'graph-edges' | 'graph-edge-counts',
  minCount: number,
  chosen: (ids: string[]) => void,
): Promise<{ ids: string[]; matched: number | undefined; columns: Columns | undefined }> {
  return readInTransaction(driver, async (read) => {
    const [row] = await read<ChosenRow>(choice.query, choice.params);
    const ids = row?.ids ?? [];
    const elements = row?.elements ?? [];
    chosen(ids);
    if (ids.length === 0) return { ids, matched: row?.matched, columns: undefined };
    const index = Object.fromEntries(elements.map((e, i) => [e, int(i)]));
    const [columns] = await read<Columns>(edgeQuery, { elements, index, minCount: int(minCount) });
    return { ids, matched: row?.matched, columns };
  });
}

/** The stored EMAILED edges among the persons (no date window). */
export async function storedEdges(driver: Driver, ids: string[], minCount: number): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  // Each person once: one asked for twice would be walked twice and give its edges twice.
  const choice: Choice = { query: 'graph-person-elements', params: { ids: [...new Set(ids)] } };
  const read = await chooseWithEdges<EdgeColumns & Record<string, unknown>>(
    driver,
    choice,
    'graph-edges',
    minCount,
    () => {},
  );
  return toEdgeRows(read.columns, read.ids);
}

/**
 * How a graph reads its person→person edges: with every detail (the graphology form, exports) or
 * counts only (the explorer's compact form), stored or summed over a date window.
 */
interface EdgeReading<Row extends CountRow, Edge extends DrawnEdge> {
  query: 'graph-edges' | 'graph-edge-counts';
  rows(columns: (EdgeColumns & CountColumns) | undefined, ids: string[]): Edge[];
  windowRows(driver: Driver, window: DateWindow, filter: WindowFilter): Promise<Row[]>;
  fromRow(row: Row): Edge;
}

const DETAILED: EdgeReading<EdgeRow, GraphEdge> = {
  query: 'graph-edges',
  rows: (columns, ids) => toEdgeRows(columns, ids).map(emailedEdge),
  windowRows: windowEdgeRows,
  fromRow: emailedEdge,
};

const DRAWN: EdgeReading<CountRow, DrawnEdge> = {
  query: 'graph-edge-counts',
  rows: (columns, ids) => toCountRows(columns, ids).map(drawnEdge),
  windowRows: windowCountRows,
  fromRow: drawnEdge,
};

/**
 * The chosen persons' nodes and the stored edges among them. The nodes are read (in a transaction
 * of their own) while the edges are; should Neo4j run the edges' transaction again (a transient
 * failure), the persons it chose then are read again too. A person gone between the two reads (a
 * merge while the graph is written to) loses its edges in graphResponse.
 */
async function personsWithEdges<Edge extends DrawnEdge>(
  driver: Driver,
  choice: Choice,
  reading: Pick<EdgeReading<CountRow, Edge>, 'query' | 'rows'>,
  minCount: number,
): Promise<{ ids: string[]; matched: number | undefined; persons: GraphNode[]; edges: Edge[] }> {
  let firstIds: string[] | undefined;
  let firstNodes: Promise<GraphNode[]> | undefined;
  const read = await chooseWithEdges<EdgeColumns & CountColumns & Record<string, unknown>>(
    driver,
    choice,
    reading.query,
    minCount,
    (ids) => {
      if (firstNodes) return;
      firstIds = ids;
      firstNodes = personNodes(driver, ids);
      // Awaited below unless the transaction fails first; then its own failure is the one reported.
      firstNodes.catch(() => {});
    },
  );
  const persons = read.ids === firstIds && firstNodes ? await firstNodes : await personNodes(driver, read.ids);
  return { ids: read.ids, matched: read.matched, persons, edges: reading.rows(read.columns, read.ids) };
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

function assemble<Edge extends DrawnEdge>(
  persons: GraphNode[],
  edges: Edge[],
  [entities, documents]: [Awaited<ReturnType<typeof entityPart>>, DocumentPart],
  matched: number,
  hidden: number,
  filter: GraphFilter,
) {
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

async function loadFiltered<Row extends CountRow, Edge extends DrawnEdge>(
  driver: Driver,
  query: GraphFilter & { top: number },
  reading: EdgeReading<Row, Edge>,
) {
  const window = dateWindow(query);
  let ids: string[];
  let matched: number;
  let persons: GraphNode[];
  let edges: Edge[];
  if (!window) {
    const simple = query.minCount <= 1 && !query.domains?.length;
    const choice: Choice = simple
      ? { query: 'graph-persons-any', params: { top: int(query.top) } }
      : {
          query: 'graph-persons',
          params: { minCount: int(query.minCount), domains: query.domains ?? [], top: int(query.top) },
        };
    const [read, any] = await Promise.all([
      personsWithEdges(driver, choice, reading, query.minCount),
      simple ? readOne<{ matched: number }>(driver, 'graph-persons-matched') : undefined,
    ]);
    ({ ids, persons, edges } = read);
    matched = (simple ? any?.matched : read.matched) ?? 0;
  } else {
    const [edgeRows, volumes] = await Promise.all([
      reading.windowRows(driver, window, { minCount: query.minCount, domains: query.domains ?? [], ids: null }),
      windowVolumes(driver, window),
    ]);
    const ends = new Set(edgeRows.flatMap((e) => [e.source, e.target]));
    const volume = (id: string) => (volumes.get(id)?.sent ?? 0) + (volumes.get(id)?.received ?? 0);
    const ranked = [...ends].sort((a, b) => volume(b) - volume(a) || (a < b ? -1 : 1));
    matched = ranked.length;
    ids = ranked.slice(0, query.top);
    const kept = new Set(ids);
    persons = (await personNodes(driver, ids)).map((n) => withVolume(n, volumes.get(n.key)));
    edges = edgeRows.filter((e) => kept.has(e.source) && kept.has(e.target)).map(reading.fromRow);
  }
  const extras = await extraParts(driver, ids, query, window);
  return assemble(persons, edges, extras, matched, matched - ids.length, query);
}

/** GET /api/graph: the whole filtered graph, cut to the `top` persons by volume, every edge with its details. */
export async function loadPersonGraph(driver: Driver, query: GraphFilter & { top: number }): Promise<GraphResponse> {
  return loadFiltered(driver, query, DETAILED);
}

/** The same graph as the explorer draws it: person→person edges with their counts only. */
export async function loadDrawnGraph(driver: Driver, query: GraphFilter & { top: number }): Promise<DrawnGraph> {
  return loadFiltered(driver, query, DRAWN);
}

function withVolume(node: GraphNode, volume: Volume | undefined): GraphNode {
  return {
    key: node.key,
    attributes: { ...node.attributes, sent: volume?.sent ?? 0, received: volume?.received ?? 0 },
  };
}

/** The graph among exactly these persons (export by ids or by query, neighbourhoods). */
export async function loadGraphOfPersons(driver: Driver, asked: string[], filter: GraphFilter): Promise<GraphResponse> {
  const window = dateWindow(filter);
  const ids = [...new Set(asked)];
  let persons: GraphNode[];
  let edges: GraphEdge[];
  if (!window) {
    const choice: Choice = { query: 'graph-person-elements', params: { ids } };
    ({ persons, edges } = await personsWithEdges(driver, choice, DETAILED, filter.minCount));
  } else {
    const [nodes, rows, volumes] = await Promise.all([
      personNodes(driver, ids),
      windowEdgeRows(driver, window, { minCount: filter.minCount, domains: [], ids }),
      windowVolumes(driver, window),
    ]);
    persons = nodes.map((n) => withVolume(n, volumes.get(n.key)));
    edges = rows.map(emailedEdge);
  }
  const extras = await extraParts(driver, ids, filter, window);
  return assemble(persons, edges, extras, persons.length, 0, filter);
}
