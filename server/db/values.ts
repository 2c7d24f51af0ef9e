/**
 * Neo4j values → JSON for the API: temporal values as ISO 8601 strings, Integers as numbers,
 * nodes/relationships/paths as plain objects. Used for analysts' query results, whose shape the
 * server does not know in advance.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';

export interface NodeJson {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface RelationshipJson {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface PathJson {
  nodes: NodeJson[];
  relationships: RelationshipJson[];
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDateTime(v as never) ||
    neo4j.isDate(v as never) ||
    neo4j.isLocalDateTime(v as never) ||
    neo4j.isLocalTime(v as never) ||
    neo4j.isTime(v as never) ||
    neo4j.isDuration(v as never)
  );
}

export function nodeJson(n: Node): NodeJson {
  return { elementId: n.elementId, labels: [...n.labels], properties: mapJson(n.properties) };
}

export function relationshipJson(r: Relationship): RelationshipJson {
  return {
    elementId: r.elementId,
    type: r.type,
    start: r.startNodeElementId,
    end: r.endNodeElementId,
    properties: mapJson(r.properties),
  };
}

export function pathJson(p: Path): PathJson {
  const nodes: NodeJson[] = [nodeJson(p.start)];
  const relationships: RelationshipJson[] = [];
  for (const segment of p.segments) {
    relationships.push(relationshipJson(segment.relationship));
    nodes.push(nodeJson(segment.end));
  }
  return { nodes, relationships };
}

function mapJson(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) out[k] = toJson(v);
  return out;
}

/** Any value a Neo4j record can hold, as JSON-safe data. */
export function toJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value as never)) return nodeJson(value as Node);
  if (neo4j.isRelationship(value as never)) return relationshipJson(value as Relationship);
  if (neo4j.isPath(value as never)) return pathJson(value as Path);
  if (neo4j.isPoint(value as never)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toJson(p.srid), x: p.x, y: p.y, ...(p.z !== undefined && { z: p.z }) };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(toJson);
  return mapJson(value as Record<string, unknown>);
}
