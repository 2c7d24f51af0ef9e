/**
 * ⑤ write: identity resolution against the graph, for what a derive touched. Starts from the
 * addresses it stamped dirty (new mail, new names, an analyst's correction), takes the closed set of
 * addresses a change can reach (identity-scope.ts), resolves exactly those (extract/identities), and
 * writes only what changed: new or renamed persons, addresses that moved, persons left empty, the
 * grouping keys. An address that moves marks both persons dirty (their counts are rebuilt); messages
 * that may name a changed person are marked for the entity pass (entity-rereads.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import {
  type Correction,
  type SameAsFact,
  nameKeys,
  resolvePersons,
  sameNameGroup,
} from '../extract/identities/resolve-persons.js';
import { type ChangedPerson, markEntityRereads } from './entity-rereads.js';
import { type ScopedAddress, allAddresses, identityScope } from './identity-scope.js';

const WRITE_CHUNK = 5_000;

/** What a derive's persons step wrote: the persons whose names or addresses may differ now (ids), the others untouched. */
export interface PersonsTouched {
  /** Every person may have changed (a derive of the whole graph). */
  everything: boolean;
  persons: string[];
}

export interface PersonSyncResult {
  /** Addresses resolved again (the touched ones and what they reach). */
  addresses: number;
  persons: number;
  changedPersons: number;
  movedAddresses: number;
  /** Messages the entity pass reads again because a person they may name changed. */
  rereads: number;
}

interface CurrentPerson {
  id: string;
  name: string | null;
  names: string[] | null;
  members: { email: string | null; reason: string | null }[];
}

async function read<T>(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(loadCypher(name), params, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as T);
}

async function writeChunks(driver: Driver, name: string, key: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    await driver.executeQuery(loadCypher(name), { [key]: rows.slice(i, i + WRITE_CHUNK) });
  }
}

const sameList = (a: readonly string[] | null | undefined, b: readonly string[]) =>
  JSON.stringify(a ?? []) === JSON.stringify(b);

/** Grouping keys to store where the last resolution stored others (or none). */
function keyRows(scope: Iterable<ScopedAddress>) {
  const rows: { email: string; orgNameKey: string | null; nameKeys: string[] }[] = [];
  for (const a of scope) {
    const orgNameKey = sameNameGroup(a) ?? null;
    const keys = nameKeys(a);
    if (orgNameKey !== a.storedOrgNameKey || !sameList(a.storedNameKeys, keys))
      rows.push({ email: a.email, orgNameKey, nameKeys: keys });
  }
  return rows;
}

/** `everything`: every address is dirty (a derive of the whole graph); they are read at once. */
export async function syncPersons(
  driver: Driver,
  derive: string,
  everything = false,
): Promise<PersonSyncResult & { touched: PersonsTouched }> {
  const seeds = (await read<{ email: string }>(driver, 'read/identity-dirty', { derive })).map((r) => r.email);
  if (seeds.length === 0)
    return {
      addresses: 0,
      persons: 0,
      changedPersons: 0,
      movedAddresses: 0,
      rereads: 0,
      touched: { everything, persons: [] },
    };
  const corrections = await read<Correction>(driver, 'read/identity-corrections');
  const scope = everything ? await allAddresses(driver) : await identityScope(driver, seeds, corrections);
  const emails = [...scope.keys()];
  const sameAs: SameAsFact[] = [];
  for (let i = 0; i < emails.length; i += WRITE_CHUNK)
    sameAs.push(
      ...(await read<SameAsFact>(driver, 'read/identity-same-as', { emails: emails.slice(i, i + WRITE_CHUNK) })),
    );
  const resolved = resolvePersons([...scope.values()], sameAs, corrections);
  const current: CurrentPerson[] = [];
  for (let i = 0; i < emails.length; i += WRITE_CHUNK)
    current.push(
      ...(await read<CurrentPerson>(driver, 'read/identity-current', { emails: emails.slice(i, i + WRITE_CHUNK) })),
    );

  const currentPerson = new Map(current.map((p) => [p.id, p]));
  const currentOf = new Map<string, { person: string; reason: string | null }>();
  for (const p of current)
    for (const m of p.members) if (m.email) currentOf.set(m.email, { person: p.id, reason: m.reason });

  const personRows: { id: string; name: string; names: string[] }[] = [];
  const assignRows: { email: string; person: string; reason: string }[] = [];
  const changed = new Map<string, ChangedPerson>();
  const change = (id: string, names: readonly string[], addresses: readonly string[]) => {
    const c = changed.get(id) ?? { names: [], addresses: [] };
    c.names.push(...names);
    c.addresses.push(...addresses);
    changed.set(id, c);
  };
  for (const p of resolved) {
    const before = currentPerson.get(p.id);
    const members = p.members.map((m) => m.email);
    if (!before || before.name !== p.name || !sameList(before.names, p.names)) {
      personRows.push({ id: p.id, name: p.name, names: p.names });
      change(p.id, [...p.names, ...(before?.names ?? [])], members);
    }
    for (const m of p.members) {
      const was = currentOf.get(m.email);
      if (!was || was.person !== p.id || was.reason !== m.reason)
        assignRows.push({ email: m.email, person: p.id, reason: m.reason });
      if (!was || was.person !== p.id) {
        change(p.id, p.names, members);
        const old = was && currentPerson.get(was.person);
        if (old)
          change(
            old.id,
            old.names ?? [],
            old.members.flatMap((x) => (x.email ? [x.email] : [])),
          );
      }
    }
  }
  const resolvedIds = new Set(resolved.map((p) => p.id));
  const emptied = current.map((p) => p.id).filter((id) => !resolvedIds.has(id));

  // Marked first: a crash after this and before the writes below finds the same changes next time.
  const rereads = await markEntityRereads(driver, [...changed.values()]);
  await writeChunks(driver, 'write/merge-persons', 'rows', personRows);
  await writeChunks(driver, 'write/assign-addresses', 'rows', assignRows);
  await writeChunks(driver, 'write/delete-empty-persons', 'ids', emptied);
  await writeChunks(driver, 'write/set-identity-keys', 'rows', keyRows(scope.values()));
  // Every write above is to a person resolved here or one that held an address of the scope: no other
  // person's names or addresses changed.
  const touched = [...new Set([...resolvedIds, ...current.map((p) => p.id)])];
  return {
    addresses: scope.size,
    persons: resolved.length,
    changedPersons: changed.size,
    movedAddresses: assignRows.length,
    rereads,
    touched: { everything, persons: touched },
  };
}
