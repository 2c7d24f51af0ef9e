/**
 * ⑤ write: the analyst's corrections to identity resolution. A correction names addresses, never
 * person ids (those change when persons merge), so it still means the same thing after re-ingest.
 */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

export class UnknownPersonError extends Error {
  override name = 'UnknownPersonError';
}

/** Turns person ids and addresses into the addresses they stand for. */
export async function expandToAddresses(driver: Driver, refs: string[]): Promise<string[]> {
  const out = new Set<string>();
  for (const raw of refs) {
    const ref = raw.startsWith('p-') ? raw : raw.trim().toLowerCase();
    const { records } = await driver.executeQuery(
      loadCypher('read/person-addresses'),
      { ref },
      { routing: neo4j.routing.READ },
    );
    if (records.length === 0)
      throw new UnknownPersonError(
        `${raw}: no person or address by that name in the graph (see \`leakgraph people list\`)`,
      );
    for (const r of records) for (const a of r.get('addresses') as string[]) out.add(a);
  }
  return [...out].sort();
}

export async function recordCorrection(
  driver: Driver,
  kind: 'merge' | 'split',
  addresses: string[],
  note = '',
): Promise<string> {
  const id = `c-${createHash('sha256')
    .update(JSON.stringify([kind, addresses, Date.now()]))
    .digest('hex')
    .slice(0, 12)}`;
  await driver.executeQuery(loadCypher('write/record-correction'), { id, kind, addresses, note });
  return id;
}

export async function deleteCorrection(driver: Driver, id: string): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('write/delete-correction'), { id });
  return Number(records[0]?.get('deleted') ?? 0) > 0;
}
