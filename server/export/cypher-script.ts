/**
 * GraphResponse → a Cypher script that recreates the subgraph in another Neo4j (cypher-shell -f,
 * or pasted into Neo4j Browser): constraints, then UNWIND batches of literal rows, MERGE on the
 * keys so running it twice changes nothing. Every value is written as an escaped Cypher literal;
 * keys and labels are fixed by this file, never taken from the data.
 *
 *   (:Person {id, name, sent, received, domain})-[:EMAILED {count, to, cc, bcc, first, last}]->(:Person)
 *   (:Person)-[:MENTIONED {count, first, last}]->(:Entity {key, name, type})   (with entities)
 *   (:Person)-[:HAD {role, count, first, last}]->(:Document {sha256, name, format, size, anomalyCount})   (with documents)
 */
import type { GraphResponse } from '../../contract/index.js';

// Rows per UNWIND statement: small enough for any server's statement size, large enough to be quick.
const BATCH_ROWS = 500;

/** A Cypher string literal: quotes, backslashes and control characters escaped. */
export function cypherString(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = value.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

export function cypherValue(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return cypherString(value);
}

function cypherMap(row: Record<string, string | number | null | undefined>): string {
  return `{${Object.entries(row)
    .map(([k, v]) => `${k}: ${cypherValue(v)}`)
    .join(', ')}}`;
}

function* batches<T>(
  items: T[],
  statement: string,
  toRow: (item: T) => Record<string, string | number | null | undefined>,
): Generator<string> {
  for (let i = 0; i < items.length; i += BATCH_ROWS) {
    const rows = items.slice(i, i + BATCH_ROWS).map((item) => `  ${cypherMap(toRow(item))}`);
    yield `UNWIND [\n${rows.join(',\n')}\n] AS row\n${statement};\n\n`;
  }
}

export function* cypherScriptChunks(graph: GraphResponse, description: string): Generator<string> {
  const persons = graph.nodes.filter((n) => n.attributes.kind === 'person');
  const entities = graph.nodes.filter((n) => n.attributes.kind === 'entity');
  const emailed = graph.edges.filter((e) => e.attributes.kind === 'emailed');
  const mentions = graph.edges.filter((e) => e.attributes.kind === 'mentions');
  const documents = graph.nodes.filter((n) => n.attributes.kind === 'document');
  const had = graph.edges.filter((e) => e.attributes.kind === 'document');
  // Every line break a Cypher line comment could end on (CR, LS, PS, NEL included) becomes a space:
  // the description holds what the request asked for, and must stay a comment.
  yield `// ${description.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}\n// ${persons.length} persons, ${entities.length} entities, ${documents.length} documents, ${emailed.length} EMAILED, ${mentions.length} MENTIONED, ${had.length} HAD. Exported by leakgraph.\n`;
  yield '// Run with: cypher-shell -f <this file>   (or paste into Neo4j Browser). Running it twice changes nothing.\n\n';
  yield 'CREATE CONSTRAINT leakgraph_person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;\n';
  yield 'CREATE CONSTRAINT leakgraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;\n';
  yield 'CREATE CONSTRAINT leakgraph_document_sha256 IF NOT EXISTS FOR (d:Document) REQUIRE d.sha256 IS UNIQUE;\n\n';
  yield* batches(
    persons,
    'MERGE (p:Person {id: row.id})\nSET p.name = row.name, p.sent = row.sent, p.received = row.received, p.domain = row.domain',
    (n) => ({
      id: n.key,
      name: n.attributes.label,
      sent: n.attributes.sent,
      received: n.attributes.received,
      domain: n.attributes.domain,
    }),
  );
  yield* batches(entities, 'MERGE (e:Entity {key: row.key})\nSET e.name = row.name, e.type = row.type', (n) => ({
    key: n.key,
    name: n.attributes.label,
    type: n.attributes.entityType ?? null,
  }));
  yield* batches(
    emailed,
    'MATCH (a:Person {id: row.source}), (b:Person {id: row.target})\nMERGE (a)-[e:EMAILED]->(b)\nSET e.count = row.count, e.to = row.to, e.cc = row.cc, e.bcc = row.bcc, e.first = datetime(row.first), e.last = datetime(row.last)',
    (e) => ({
      source: e.source,
      target: e.target,
      count: e.attributes.count,
      to: e.attributes.to,
      cc: e.attributes.cc,
      bcc: e.attributes.bcc,
      first: e.attributes.first,
      last: e.attributes.last,
    }),
  );
  yield* batches(
    mentions,
    'MATCH (a:Person {id: row.source}), (b:Entity {key: row.target})\nMERGE (a)-[m:MENTIONED]->(b)\nSET m.count = row.count, m.first = datetime(row.first), m.last = datetime(row.last)',
    (e) => ({
      source: e.source,
      target: e.target,
      count: e.attributes.count,
      first: e.attributes.first,
      last: e.attributes.last,
    }),
  );
  yield* batches(
    documents,
    'MERGE (d:Document {sha256: row.sha256})\nSET d.name = row.name, d.format = row.format, d.size = row.size, d.anomalyCount = row.anomalyCount',
    (n) => ({
      sha256: n.attributes.sha256 ?? null,
      name: n.attributes.label,
      format: n.attributes.format ?? null,
      size: n.attributes.size ?? null,
      anomalyCount: n.attributes.anomalyCount ?? null,
    }),
  );
  const shaOf = new Map(documents.map((n) => [n.key, n.attributes.sha256 ?? null]));
  yield* batches(
    had,
    'MATCH (a:Person {id: row.source}), (d:Document {sha256: row.target})\nMERGE (a)-[h:HAD]->(d)\nSET h.role = row.role, h.count = row.count, h.first = datetime(row.first), h.last = datetime(row.last)',
    (e) => ({
      source: e.source,
      target: shaOf.get(e.target) ?? null,
      role: e.attributes.role ?? null,
      count: e.attributes.count,
      first: e.attributes.first,
      last: e.attributes.last,
    }),
  );
}
