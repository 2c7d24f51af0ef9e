/**
 * A canonical dump of the whole graph (every node with its properties, every relationship with its
 * ends' keys and its properties), hashed: two graphs with the same hash hold the same facts.
 * Bookkeeping that legitimately differs between runs is left out: IngestRun, Migration, DeriveState
 * and PartGroup nodes (runs, schema, the derive lock, the parts of a split ingest), and the run ids
 * and times on Failure nodes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Driver } from 'neo4j-driver';

const VOLATILE = new Set(['firstRun', 'lastRun', 'at', 'seenAt', 'clearedRun']);

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  // Neo4j temporal values and Integers print the same for the same value.
  if (
    typeof (value as { toString?: unknown }).toString === 'function' &&
    (value as object).constructor?.name !== 'Object'
  )
    return String(value);
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

export interface GraphSnapshot {
  hash: string;
  nodes: number;
  relationships: number;
  /** Counts by label and type, for readable failures. */
  counts: Record<string, number>;
}

/** `dumpTo`: also write the canonical lines there, to diff two graphs when a comparison fails. */
export async function snapshotGraph(driver: Driver, dumpTo?: string): Promise<GraphSnapshot> {
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  const { records: nodes } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:IngestRun AND NOT n:Migration AND NOT n:DeriveState AND NOT n:PartGroup RETURN labels(n) AS labels, properties(n) AS props',
  );
  for (const r of nodes) {
    const labels = (r.get('labels') as string[]).sort();
    const props = Object.fromEntries(
      Object.entries(r.get('props') as Record<string, unknown>).filter(([k]) => !VOLATILE.has(k)),
    );
    lines.push(JSON.stringify(['node', labels, canonical(props)]));
    counts[labels.join(':')] = (counts[labels.join(':')] ?? 0) + 1;
  }
  const { records: rels } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE NOT a:IngestRun AND NOT b:IngestRun
     RETURN type(r) AS type, properties(r) AS props,
            coalesce(a.id, a.key, a.email, a.sha256, a.kind, a.month) AS from, coalesce(b.id, b.key, b.email, b.sha256, b.kind, b.month) AS to`,
  );
  for (const r of rels) {
    lines.push(JSON.stringify(['rel', r.get('type'), r.get('from'), r.get('to'), canonical(r.get('props'))]));
    counts[r.get('type')] = (counts[r.get('type')] ?? 0) + 1;
  }
  lines.sort();
  if (dumpTo) {
    mkdirSync(dirname(dumpTo), { recursive: true });
    writeFileSync(dumpTo, `${lines.join('\n')}\n`);
  }
  return {
    hash: createHash('sha256').update(lines.join('\n')).digest('hex'),
    nodes: nodes.length,
    relationships: rels.length,
    counts,
  };
}
