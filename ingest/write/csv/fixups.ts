/**
 * ⑤ write (bulk first load): after the import, the values the CSV files could not hold (encode.ts),
 * set with Cypher so the graph is the one the transactional path writes.
 */
import type { Driver } from 'neo4j-driver';

import { runAutoCommit } from '../../../db/cypher.js';
import type { PropertyFixup } from './csv-file.js';
import type { EmptyListFixup } from './csv-graph.js';

export async function applyFixups(
  driver: Driver,
  emptyLists: readonly EmptyListFixup[],
  fixups: readonly PropertyFixup[],
): Promise<void> {
  for (const { label, property } of emptyLists)
    await runAutoCommit(driver, 'write/bulk-empty-lists', { label, property });
  const groups = new Map<string, { label: string; key: string; values: Record<string, unknown[]> }>();
  for (const f of fixups) {
    const id = `${f.label}\u0000${f.key}`;
    const group = groups.get(id) ?? { label: f.label, key: f.key, values: {} };
    groups.set(id, group);
    (group.values[f.keyValue] ??= []).push({ property: f.property, type: f.type, value: f.value });
  }
  for (const group of groups.values()) await runAutoCommit(driver, 'write/bulk-set-properties', group);
}
