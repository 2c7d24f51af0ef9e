/**
 * Query records → a graph to draw: the Person and Entity nodes found anywhere in the rows (also in
 * paths and lists), with the EMAILED relationships among the persons (mentions run from messages,
 * which are not drawn, so a result's entities stand alone). When the query returned
 * persons but no relationships, the EMAILED edges among those persons are added. Everything else
 * (messages, addresses, …) is counted in `notes`, not drawn.
 */
import neo4j, { type Driver, type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

import { type GraphResponse, isEntityType } from '../../contract/index.js';
import { type EdgeRow, emailedEdge, graphResponse } from '../graph/graph-response.js';
import { loadGraphOfPersons } from '../graph/person-graph.js';

interface Collected {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

function collect(value: unknown, into: Collected): void {
  if (value === null || typeof value !== 'object') return;
  if (neo4j.isNode(value as never)) into.nodes.set((value as Node).elementId, value as Node);
  else if (neo4j.isRelationship(value as never))
    into.relationships.set((value as Relationship).elementId, value as Relationship);
  else if (neo4j.isPath(value as never)) {
    const p = value as Path;
    collect(p.start, into);
    for (const s of p.segments) {
      collect(s.relationship, into);
      collect(s.end, into);
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype)
    for (const v of Object.values(value)) collect(v, into);
}

/** Whether every value of the first record is a node, relationship or path (or a list of them). */
export function looksLikeGraph(records: Neo4jRecord[]): boolean {
  const first = records[0];
  if (!first || first.keys.length === 0) return false;
  const graphy = (v: unknown): boolean =>
    neo4j.isNode(v as never) ||
    neo4j.isRelationship(v as never) ||
    neo4j.isPath(v as never) ||
    (Array.isArray(v) && v.length > 0 && v.every(graphy));
  return first.keys.every((k) => graphy(first.get(k)));
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : typeof v === 'number' ? v : 0);

export async function recordsToGraph(
  driver: Driver,
  records: Neo4jRecord[],
): Promise<{ graph: GraphResponse; notes: string[] }> {
  const found: Collected = { nodes: new Map(), relationships: new Map() };
  for (const r of records) for (const k of r.keys) collect(r.get(k), found);

  const personOf = new Map<string, string>();
  const entityOf = new Map<string, Node>();
  const skipped = new Map<string, number>();
  for (const [elementId, n] of found.nodes) {
    if (n.labels.includes('Person') && typeof n.properties.id === 'string') personOf.set(elementId, n.properties.id);
    else if (n.labels.includes('Entity') && typeof n.properties.key === 'string') entityOf.set(elementId, n);
    else {
      const label = n.labels[0] ?? '(no label)';
      skipped.set(label, (skipped.get(label) ?? 0) + 1);
    }
  }
  const notes = [...skipped].map(
    ([label, count]) => `${count} ${label} node(s) not drawn: graph results draw persons and entities`,
  );

  const ids = [...new Set(personOf.values())];
  const emailed = [...found.relationships.values()].filter(
    (r) => r.type === 'EMAILED' && personOf.has(r.startNodeElementId) && personOf.has(r.endNodeElementId),
  );
  const others = found.relationships.size - emailed.length;
  if (others > 0) notes.push(`${others} relationship(s) other than EMAILED between persons not drawn`);

  // Node attributes (volume, domain) as everywhere else; edges as the query returned them, or all among the persons.
  const base = await loadGraphOfPersons(driver, ids, { minCount: 1, entities: false });
  let edges = base.edges;
  if (emailed.length > 0 || found.relationships.size > 0) {
    const seen = new Map<string, EdgeRow>();
    for (const r of emailed) {
      const p = r.properties;
      const row: EdgeRow = {
        source: personOf.get(r.startNodeElementId)!,
        target: personOf.get(r.endNodeElementId)!,
        count: num(p.count),
        to: num(p.to),
        cc: num(p.cc),
        bcc: num(p.bcc),
        first: str(p.first),
        last: str(p.last),
      };
      seen.set(`${row.source}->${row.target}`, row);
    }
    edges = [...seen.values()].map(emailedEdge);
  } else if (ids.length > 1) {
    notes.push('the query returned no relationships: the EMAILED edges among the returned persons are drawn');
  }
  const entityNodes = [...entityOf.values()].map((e) => ({
    key: String(e.properties.key),
    attributes: {
      kind: 'entity' as const,
      label: String(e.properties.name ?? e.properties.key),
      sent: 0,
      received: 0,
      domain: '',
      ...(isEntityType(e.properties.type) && { entityType: e.properties.type }),
    },
  }));
  const graph = graphResponse([...base.nodes, ...entityNodes], edges, {
    matchedPersons: base.nodes.length,
    hiddenPersons: 0,
  });
  return { graph, notes };
}
