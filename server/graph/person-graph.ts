/**
 * Neo4j → the person-level who-talked-to-whom graph (Person nodes, EMAILED edges), filtered:
 * date window (counts recomputed from the messages in it), minimum count, domains, top N persons
 * by volume, optionally the entities they mention. Serves /api/graph, neighbours and exports.
 */
import type { Driver } from 'neo4j-driver';

import {
  type CompactGraphResponse,
  type EntityType,
  GRAPH_EDGE_KINDS,
  type GraphQuery,
  type GraphResponse,
  compactGraph,
} from '../../contract/index.js';
import { int, readInTransaction, readOne, readQuery } from '../db/queries.js';
import {
  type CountColumns,
  type EdgeColumns,
  type NodeColumns,
  appendCountColumns,
  appendDrawnEdges,
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

/**
 * Node columns as graph-nodes.cypher returns them, and person-neighborhood.cypher and the choices of
 * persons (graph-persons-any, graph-persons, graph-person-elements).
 */
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

/** A choice query's row: the persons' node columns (as graph-nodes.cypher gives them) and element ids. */
type ChosenRow = NodeColumnsRow & {
  /** Element ids, valid inside the transaction that read them only. */
  elements: string[];
  /** graph-persons.cypher only: how many persons passed the filters before the cut. */
  matched?: number;
};

/**
 * Chooses the persons, with their node columns read in the same pass, and reads the EMAILED edges
 * among them in the same read transaction: the edge query finds the persons by element id, which is
 * valid there only (and spares reading every far end's id). With `nodes`, the persons' nodes too:
 * their verification counts, when there are any, are read in a session of their own alongside the
 * edges and awaited after the transaction, which never waits on a second connection. Should Neo4j
 * run the transaction again, the attempt that succeeds is the one whose nodes are returned.
 */
async function chooseWithEdges<Columns extends Record<string, unknown>>(
  driver: Driver,
  choice: Choice,
  edgeQuery: 'graph-edges' | 'graph-edge-counts',
  minCount: number,
  nodes: boolean,
): Promise<{ ids: string[]; matched: number | undefined; persons: GraphNode[]; columns: Columns | undefined }> {
  const read = await readInTransaction(driver, async (read) => {
    const [row] = await read<ChosenRow>(choice.query, choice.params);
    const ids = row?.keys ?? [];
    const elements = row?.elements ?? [];
    // Edges come back as positions among the elements, read as positions among the keys.
    if (ids.length !== elements.length)
      throw new Error(
        `${elements.length - ids.length} of the chosen persons have no id: every Person needs one to be drawn`,
      );
    if (ids.length === 0) return { ids, matched: row?.matched, persons: Promise.resolve([]), columns: undefined };
    const persons = nodes ? nodesFromColumns(driver, row) : Promise.resolve([]);
    // Awaited below unless the transaction fails first; then its own failure is the one reported.
    persons.catch(() => {});
    const index = Object.fromEntries(elements.map((e, i) => [e, int(i)]));
    const [columns] = await read<Columns>(edgeQuery, { elements, index, minCount: int(minCount) });
    return { ids, matched: row?.matched, persons, columns };
  });
  return { ...read, persons: await read.persons };
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
    false,
  );
  return toEdgeRows(read.columns, read.ids);
}

/**
 * How a graph reads its person→person edges over a date window: with every detail (the graphology
 * form, exports) or counts only (the explorer's compact form). Without a window the stored edges are
 * read as columns (graph-edges.cypher, graph-edge-counts.cypher).
 */
interface WindowReading<Row extends CountRow, Edge extends DrawnEdge> {
  windowRows(driver: Driver, window: DateWindow, filter: WindowFilter): Promise<Row[]>;
  fromRow(row: Row): Edge;
}

const DETAILED: WindowReading<EdgeRow, GraphEdge> = { windowRows: windowEdgeRows, fromRow: emailedEdge };
const DRAWN: WindowReading<CountRow, DrawnEdge> = { windowRows: windowCountRows, fromRow: drawnEdge };

/**
 * The persons of a graph without a date window, chosen in the database (the overview's ranking,
 * by the volume index when no filter applies), their nodes and the stored edges among them.
 */
async function storedPart<Columns extends Record<string, unknown>>(
  driver: Driver,
  query: GraphFilter & { top: number },
  edgeQuery: 'graph-edges' | 'graph-edge-counts',
) {
  const simple = query.minCount <= 1 && !query.domains?.length;
  const choice: Choice = simple
    ? { query: 'graph-persons-any', params: { top: int(query.top) } }
    : {
        query: 'graph-persons',
        params: { minCount: int(query.minCount), domains: query.domains ?? [], top: int(query.top) },
      };
  const [read, any] = await Promise.all([
    chooseWithEdges<Columns>(driver, choice, edgeQuery, query.minCount, true),
    simple ? readOne<{ matched: number }>(driver, 'graph-persons-matched') : undefined,
  ]);
  return { ...read, matched: (simple ? any?.matched : read.matched) ?? 0 };
}

/** The persons of a date window (its busiest), their nodes with the window's volumes, and the edges among them. */
async function windowPart<Row extends CountRow, Edge extends DrawnEdge>(
  driver: Driver,
  query: GraphFilter & { top: number },
  window: DateWindow,
  reading: WindowReading<Row, Edge>,
) {
  const [edgeRows, volumes] = await Promise.all([
    reading.windowRows(driver, window, { minCount: query.minCount, domains: query.domains ?? [], ids: null }),
    windowVolumes(driver, window),
  ]);
  const ends = new Set(edgeRows.flatMap((e) => [e.source, e.target]));
  const volume = (id: string) => (volumes.get(id)?.sent ?? 0) + (volumes.get(id)?.received ?? 0);
  const ranked = [...ends].sort((a, b) => volume(b) - volume(a) || (a < b ? -1 : 1));
  const ids = ranked.slice(0, query.top);
  const kept = new Set(ids);
  const persons = (await personNodes(driver, ids)).map((n) => withVolume(n, volumes.get(n.key)));
  const edges = edgeRows.filter((e) => kept.has(e.source) && kept.has(e.target)).map(reading.fromRow);
  return { ids, matched: ranked.length, persons, edges };
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

type Extras = [Awaited<ReturnType<typeof entityPart>>, DocumentPart];

/** The counts a graph's attributes carry beside its node and edge counts. */
function partCounts([entities, documents]: Extras, matched: number, hidden: number, filter: GraphFilter) {
  return {
    matchedPersons: matched,
    hiddenPersons: hidden,
    ...(filter.entities && { hiddenEntities: entities.hidden }),
    ...(filter.documents && { hiddenDocuments: documents.hidden }),
  };
}

function assemble<Edge extends DrawnEdge>(
  persons: GraphNode[],
  edges: Edge[],
  extras: Extras,
  matched: number,
  hidden: number,
  filter: GraphFilter,
) {
  const [entities, documents] = extras;
  return graphResponse(
    [...persons, ...entities.nodes, ...documents.nodes],
    [...edges, ...entities.edges, ...documents.edges],
    partCounts(extras, matched, hidden, filter),
  );
}

/** GET /api/graph: the whole filtered graph, cut to the `top` persons by volume, every edge with its details. */
export async function loadPersonGraph(driver: Driver, query: GraphFilter & { top: number }): Promise<GraphResponse> {
  const window = dateWindow(query);
  const part = window
    ? await windowPart(driver, query, window, DETAILED)
    : await storedPart<EdgeColumns & Record<string, unknown>>(driver, query, 'graph-edges').then((read) => ({
        ...read,
        edges: toEdgeRows(read.columns, read.ids).map(emailedEdge),
      }));
  const extras = await extraParts(driver, part.ids, query, window);
  return assemble(part.persons, part.edges, extras, part.matched, part.matched - part.ids.length, query);
}

/**
 * The same graph as the explorer draws it (person→person edges with their counts only), in the
 * compact form. Without a date window the stored edges go from the read's columns to the answer's
 * without an object per edge: on the 5,000-person overview (54,480 edges) the objects and the
 * compaction took 46 ms of an answer of about 300.
 */
export async function loadCompactGraph(
  driver: Driver,
  query: GraphFilter & { top: number },
): Promise<CompactGraphResponse> {
  const window = dateWindow(query);
  if (window) {
    const part = await windowPart(driver, query, window, DRAWN);
    const extras = await extraParts(driver, part.ids, query, window);
    return compactGraph(
      assemble(part.persons, part.edges, extras, part.matched, part.matched - part.ids.length, query),
    );
  }
  const part = await storedPart<CountColumns & Record<string, unknown>>(driver, query, 'graph-edge-counts');
  const extras = await extraParts(driver, part.ids, query, null);
  const [entities, documents] = extras;
  const nodes = [...part.persons, ...entities.nodes, ...documents.nodes];
  const position = new Map(nodes.map((n, i) => [n.key, i]));
  const at = Int32Array.from(part.ids, (id) => position.get(id) ?? -1);
  const edges: CompactGraphResponse['edges'] = { source: [], target: [], kind: [], count: [] };
  appendCountColumns(part.columns, at, GRAPH_EDGE_KINDS.indexOf('emailed'), edges);
  appendDrawnEdges([...entities.edges, ...documents.edges], position, edges);
  const attributes = {
    nodeCount: nodes.length,
    edgeCount: edges.source.length,
    ...partCounts(extras, part.matched, part.matched - part.ids.length, query),
  };
  return { form: 'compact', attributes, nodes, edges };
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
    const read = await chooseWithEdges<EdgeColumns & Record<string, unknown>>(
      driver,
      choice,
      'graph-edges',
      filter.minCount,
      true,
    );
    persons = read.persons;
    edges = toEdgeRows(read.columns, read.ids).map(emailedEdge);
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
