/**
 * ⑤ write: identity resolution against the graph. Reads the facts (addresses with their names,
 * SAME_AS pairings, analyst corrections), resolves persons (extract/identities), and writes only
 * what changed: new or renamed persons, addresses that moved, persons left empty. Every person
 * touched is marked dirty for the EMAILED rebuild.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import type { AddressKind } from '../model.js';
import {
  type AddressFacts,
  type Correction,
  type ResolvedPerson,
  type SameAsFact,
  resolvePersons,
} from '../extract/identities/resolve-persons.js';

const WRITE_CHUNK = 5_000;

export interface PersonSyncResult {
  persons: number;
  changedPersons: number;
  movedAddresses: number;
}

async function read<T>(driver: Driver, name: string): Promise<T[]> {
  const { records } = await driver.executeQuery(loadCypher(name), {}, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as T);
}

const toNumber = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

async function writeChunks(driver: Driver, name: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    await driver.executeQuery(loadCypher(name), { rows: rows.slice(i, i + WRITE_CHUNK) });
  }
}

export async function loadIdentityFacts(driver: Driver) {
  const addresses = (
    await read<{ email: string; kind: AddressKind; domain: string; names: string[]; nameCounts: unknown[] }>(
      driver,
      'read/identity-addresses',
    )
  ).map((a): AddressFacts => ({ ...a, nameCounts: a.nameCounts.map(toNumber) }));
  const sameAs = await read<SameAsFact>(driver, 'read/identity-same-as');
  const corrections = await read<Correction>(driver, 'read/identity-corrections');
  return { addresses, sameAs, corrections };
}

export async function syncPersons(driver: Driver): Promise<PersonSyncResult> {
  const facts = await loadIdentityFacts(driver);
  const resolved: ResolvedPerson[] = resolvePersons(facts.addresses, facts.sameAs, facts.corrections);
  const current = await read<{
    id: string;
    name: string | null;
    names: string[] | null;
    members: { email: string | null; reason: string | null }[];
  }>(driver, 'read/identity-current');
  const currentPerson = new Map(current.map((p) => [p.id, p]));
  const currentOf = new Map<string, { person: string; reason: string | null }>();
  for (const p of current)
    for (const m of p.members) if (m.email) currentOf.set(m.email, { person: p.id, reason: m.reason });

  const personRows: { id: string; name: string; names: string[] }[] = [];
  const assignRows: { email: string; person: string; reason: string }[] = [];
  for (const p of resolved) {
    const before = currentPerson.get(p.id);
    if (!before || before.name !== p.name || JSON.stringify(before.names ?? []) !== JSON.stringify(p.names)) {
      personRows.push({ id: p.id, name: p.name, names: p.names });
    }
    for (const m of p.members) {
      const was = currentOf.get(m.email);
      if (!was || was.person !== p.id || was.reason !== m.reason)
        assignRows.push({ email: m.email, person: p.id, reason: m.reason });
    }
  }
  await writeChunks(driver, 'write/merge-persons', personRows);
  await writeChunks(driver, 'write/assign-addresses', assignRows);
  await driver.executeQuery(loadCypher('write/delete-empty-persons'));
  return { persons: resolved.length, changedPersons: personRows.length, movedAddresses: assignRows.length };
}
