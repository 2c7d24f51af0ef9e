/**
 * ③ identities: addresses → persons, on evidence only. Pure: the facts come in, the persons go out.
 *
 * Evidence, strongest first (each union keeps its reason, which is stored on the USES edge):
 *   1. analyst corrections — `people merge` always joins; `people split` isolates a set of addresses
 *      from automatic evidence (an analyst merge made before the split is superseded by it);
 *   2. exchange-dn — a header pairs the SMTP address with its Exchange DN (X-From/X-To);
 *   3. same-name — the same full name (two words or more) at the same organisation domain,
 *      never at a mailbox provider (gmail.com, aol.com, …);
 *   4. name-only — a sender known only by name (Lotus Notes exports) whose name belongs to
 *      exactly one person with a real address.
 * Everything is processed in sorted order, so the same facts always give the same persons.
 */
import { createHash } from 'node:crypto';

import type { AddressKind } from '../../model.js';
import { displayForm, fullNameKey } from './name-keys.js';
import { isFreemail, organisationDomain } from './org-domain.js';

export interface AddressFacts {
  email: string;
  kind: AddressKind;
  domain: string;
  /** Display names used for this address, most used first, with their use counts. */
  names: string[];
  nameCounts: number[];
}

export interface SameAsFact {
  a: string;
  b: string;
  reason: string;
  /** The message that showed it. */
  evidence: string;
}

export interface Correction {
  id: string;
  kind: 'merge' | 'split';
  addresses: string[];
  /** ISO time it was made; later corrections win. */
  at: string;
}

export interface PersonMember {
  email: string;
  /** Why this address belongs to this person. */
  reason: string;
}

export interface ResolvedPerson {
  id: string;
  name: string;
  names: string[];
  members: PersonMember[];
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The smaller key becomes the root, so the result does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
    return true;
  }
}

/**
 * The same-name group of an address (rule 3): its organisation domain and the full name it is used
 * with most; undefined for addresses that never join by name (not SMTP, no full name, a mailbox provider).
 */
export function sameNameGroup(a: AddressFacts): string | undefined {
  if (a.kind !== 'smtp' || !a.names[0] || isFreemail(a.domain)) return undefined;
  const key = fullNameKey(a.names[0]);
  return key ? `${organisationDomain(a.domain)}\u0000${key}` : undefined;
}

/**
 * The full-name keys an address answers to (rule 4): for a name-only sender the one it goes by,
 * for any other address every full name it is used with. Sorted, without repeats.
 */
export function nameKeys(a: AddressFacts): string[] {
  const names = a.kind === 'name' ? [a.names[0] ?? a.email.slice('name:'.length)] : a.names;
  const keys = new Set<string>();
  for (const n of names) {
    const key = fullNameKey(n);
    if (key) keys.add(key);
  }
  return [...keys].sort();
}

export function personId(primaryEmail: string): string {
  return `p-${createHash('sha256').update(primaryEmail).digest('hex').slice(0, 16)}`;
}

export function resolvePersons(
  addresses: AddressFacts[],
  sameAs: SameAsFact[],
  corrections: Correction[],
): ResolvedPerson[] {
  const byEmail = new Map(addresses.map((a) => [a.email, a]));
  const uf = new UnionFind();
  const joinedBy = new Map<string, string>();
  const note = (email: string, reason: string) => {
    if (!joinedBy.has(email)) joinedBy.set(email, reason);
  };

  // Split sets: automatic evidence may not cross their boundary.
  const splits = corrections.filter((c) => c.kind === 'split').sort((x, y) => (x.at < y.at ? -1 : 1));
  const isolation = new Map<string, string>();
  for (const s of splits) for (const e of s.addresses) isolation.set(e, s.id);
  const mayJoin = (a: string, b: string) => (isolation.get(a) ?? '') === (isolation.get(b) ?? '');
  const autoUnion = (a: string, b: string, reason: string) => {
    if (!byEmail.has(a) || !byEmail.has(b) || !mayJoin(a, b)) return;
    if (uf.union(a, b)) {
      note(a, reason);
      note(b, reason);
    }
  };

  // 2. Exchange DNs paired with SMTP addresses.
  for (const f of [...sameAs].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1))) {
    autoUnion(f.a, f.b, `${f.reason}: ${f.b} ↔ ${f.a} (message ${f.evidence})`);
  }

  // 3. Same full name at the same organisation domain.
  const byOrgName = new Map<string, string[]>();
  for (const a of addresses) {
    const group = sameNameGroup(a);
    if (!group) continue;
    const list = byOrgName.get(group);
    if (list) list.push(a.email);
    else byOrgName.set(group, [a.email]);
  }
  for (const [group, emails] of [...byOrgName].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (emails.length < 2) continue;
    const [org, key] = group.split('\u0000');
    const sorted = [...emails].sort();
    for (const e of sorted.slice(1)) autoUnion(sorted[0]!, e, `same-name: "${key}" at ${org}`);
  }

  // 4. Name-only senders: joined to the one person whose address carries that name.
  const nameOwners = new Map<string, Set<string>>();
  for (const a of addresses) {
    if (a.kind === 'name') continue;
    for (const key of nameKeys(a)) {
      const owners = nameOwners.get(key) ?? new Set<string>();
      owners.add(uf.find(a.email));
      nameOwners.set(key, owners);
    }
  }
  for (const a of [...addresses].sort((x, y) => (x.email < y.email ? -1 : 1))) {
    if (a.kind !== 'name') continue;
    const key = nameKeys(a)[0];
    const owners = key ? nameOwners.get(key) : undefined;
    if (owners?.size === 1)
      autoUnion([...owners][0]!, a.email, `name-only: "${key}" is the name of exactly one correspondent`);
  }

  // 1. Analyst merges: always honoured, unless a later split separates the pair.
  for (const m of corrections.filter((c) => c.kind === 'merge').sort((x, y) => (x.at < y.at ? -1 : 1))) {
    const present = m.addresses.filter((e) => byEmail.has(e)).sort();
    for (const e of present.slice(1)) {
      const separated = splits.some(
        (s) => s.at > m.at && s.addresses.includes(present[0]!) !== s.addresses.includes(e),
      );
      if (!separated && uf.union(present[0]!, e)) {
        note(present[0]!, `analyst merge (${m.id})`);
        note(e, `analyst merge (${m.id})`);
      }
    }
  }

  return buildPersons(addresses, uf, joinedBy);
}

function buildPersons(addresses: AddressFacts[], uf: UnionFind, joinedBy: Map<string, string>): ResolvedPerson[] {
  const groups = new Map<string, AddressFacts[]>();
  for (const a of addresses) {
    const root = uf.find(a.email);
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  }
  const persons: ResolvedPerson[] = [];
  for (const members of groups.values()) {
    members.sort((x, y) => (x.email < y.email ? -1 : 1));
    // The id comes from the smallest SMTP address (or smallest of any kind), so it is stable for a given group.
    const primary = (members.find((m) => m.kind === 'smtp') ?? members[0]!).email;
    const uses = new Map<string, number>();
    for (const m of members)
      m.names.forEach((n, i) => uses.set(displayForm(n), (uses.get(displayForm(n)) ?? 0) + (m.nameCounts[i] ?? 1)));
    const names = [...uses].sort(([na, ca], [nb, cb]) => cb - ca || (na < nb ? -1 : 1)).map(([n]) => n);
    persons.push({
      id: personId(primary),
      name: names[0] ?? primary,
      names: names.slice(0, 10),
      members: members.map((m) => ({
        email: m.email,
        reason:
          m.email === primary
            ? 'primary address'
            : (joinedBy.get(m.email) ?? 'joined through another address of this person'),
      })),
    });
  }
  return persons.sort((x, y) => (x.id < y.id ? -1 : 1));
}
