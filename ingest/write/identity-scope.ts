/**
 * ⑤ write: which addresses identity resolution must look at again after a change, read from the
 * graph: the addresses a derive touched (dirty) and everything the resolution rules can connect them
 * to, now or before the change — the other addresses of their persons, Exchange DN pairings, their
 * same-name group (full name at one organisation), the holders of a name a name-only sender goes by,
 * and the analyst's corrections naming them — followed until nothing new turns up.
 *
 * Resolving that closed set alone gives the persons a resolution of the whole graph would give it
 * (no rule joins an address inside it to one outside), so the cost follows the change, not the graph.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import type { AddressKind } from '../model.js';
import { type AddressFacts, type Correction, nameKeys, sameNameGroup } from '../extract/identities/resolve-persons.js';

export interface ScopedAddress extends AddressFacts {
  /** The keys the last resolution stored (to find what the address grouped with before its names changed). */
  storedOrgNameKey: string | null;
  storedNameKeys: string[];
  /** The person using it now, if any. */
  person: string | null;
}

// Addresses looked up per query, and name keys per full-text query (Lucene allows 1,024 clauses).
const LOOKUP_CHUNK = 5_000;
const KEYS_PER_QUERY = 500;

const toNumber = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

async function readRows<T>(driver: Driver, name: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await driver.executeQuery(loadCypher(name), params, { routing: neo4j.routing.READ });
  return records.map((r) => r.toObject() as T);
}

async function inChunks<T, R>(items: T[], size: number, read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await read(items.slice(i, i + size))));
  return out;
}

interface FactRow {
  email: string;
  kind: AddressKind;
  domain: string;
  names: string[];
  nameCounts: unknown[];
  orgNameKey: string | null;
  nameKeys: string[] | null;
  person: string | null;
}

function toScoped(rows: FactRow[]): ScopedAddress[] {
  return rows.map((r) => ({
    email: r.email,
    kind: r.kind,
    domain: r.domain,
    names: r.names,
    nameCounts: r.nameCounts.map(toNumber),
    storedOrgNameKey: r.orgNameKey,
    storedNameKeys: r.nameKeys ?? [],
    person: r.person,
  }));
}

export async function readAddressFacts(driver: Driver, emails: string[]): Promise<ScopedAddress[]> {
  return toScoped(
    await inChunks(emails, LOOKUP_CHUNK, (chunk) =>
      readRows<FactRow>(driver, 'read/identity-facts', { emails: chunk }),
    ),
  );
}

/** Every address: the scope of a derive of the whole graph. */
export async function allAddresses(driver: Driver): Promise<Map<string, ScopedAddress>> {
  return new Map(toScoped(await readRows<FactRow>(driver, 'read/identity-all', {})).map((a) => [a.email, a]));
}

/** A Lucene query matching any of `keys` exactly (keyword analyzer: one term per key). */
export function exactTermsQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`).join(' OR ');
}

/** Holders of the name keys a name-only sender goes by, for those of `keys` that one does. */
async function nameKeyHolders(driver: Driver, keys: string[], known: Map<string, ScopedAddress>): Promise<string[]> {
  interface Row {
    email: string;
    kind: AddressKind;
    nameKeys: string[] | null;
  }
  const wanted = new Set(keys);
  const rows = await inChunks(keys, KEYS_PER_QUERY, (chunk) =>
    readRows<Row>(driver, 'read/identity-name-holders', { q: exactTermsQuery(chunk) }),
  );
  const holders = new Map<string, Set<string>>();
  const nameOnly = new Set<string>();
  const add = (email: string, kind: AddressKind, keys: string[]) => {
    for (const key of keys) {
      if (!wanted.has(key)) continue;
      const set = holders.get(key) ?? new Set<string>();
      set.add(email);
      holders.set(key, set);
      if (kind === 'name') nameOnly.add(key);
    }
  };
  for (const r of rows) add(r.email, r.kind, r.nameKeys ?? []);
  for (const a of known.values()) add(a.email, a.kind, nameKeys(a));
  return [...nameOnly].flatMap((key) => [...(holders.get(key) ?? [])]);
}

/**
 * The closed set of addresses to resolve again, starting from `seeds`, with their facts. `corrections`
 * are all of the analyst's (a handful): one naming an address in the set brings in all it names.
 */
export async function identityScope(
  driver: Driver,
  seeds: string[],
  corrections: Correction[],
): Promise<Map<string, ScopedAddress>> {
  const scope = new Map<string, ScopedAddress>();
  // Asked for already (a correction may name an address the graph does not hold).
  const visited = new Set(seeds);
  let frontier = [...visited];
  while (frontier.length > 0) {
    const facts = await readAddressFacts(driver, frontier);
    for (const f of facts) scope.set(f.email, f);
    const next = new Set<string>();
    const emails = facts.map((f) => f.email);
    const groups = new Set<string>();
    const keys = new Set<string>();
    for (const f of facts) {
      for (const g of [f.storedOrgNameKey, sameNameGroup(f)]) if (g) groups.add(g);
      for (const k of [...f.storedNameKeys, ...nameKeys(f)]) keys.add(k);
    }
    // Three reads that need only the facts, at once: a derive of ten new mails waits for each round trip.
    const [neighbours, grouped, holders] = await Promise.all([
      inChunks(emails, LOOKUP_CHUNK, (chunk) =>
        readRows<{ neighbour: string }>(driver, 'read/identity-neighbours', { emails: chunk }),
      ),
      inChunks([...groups], LOOKUP_CHUNK, (chunk) =>
        readRows<{ email: string }>(driver, 'read/identity-org-groups', { keys: chunk }),
      ),
      nameKeyHolders(driver, [...keys], scope),
    ]);
    for (const n of neighbours) next.add(n.neighbour);
    for (const g of grouped) next.add(g.email);
    for (const email of holders) next.add(email);
    const inScope = new Set(emails);
    for (const c of corrections) if (c.addresses.some((a) => inScope.has(a))) for (const a of c.addresses) next.add(a);
    frontier = [...next].filter((e) => !visited.has(e));
    for (const e of frontier) visited.add(e);
  }
  return scope;
}
