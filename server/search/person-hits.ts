/**
 * Person hits ranked the way an analyst looks for someone: a person whose name (or address) is
 * exactly what was typed comes first, then everyone else by how much mail they have, the index's
 * text score only breaking ties. "skilling" lists Jeff Skilling before Mark Skilling, whatever
 * Lucene thinks of their names. A hit found through one of a person's addresses is that person.
 */
import type { SearchHit } from '../../contract/index.js';
import type { BriefRow } from '../persons/person-briefs.js';
import { foldText } from './lucene.js';

export interface NameIndexRow {
  kind: 'person' | 'address';
  /** Person.id or Address.email. */
  id: string;
  email: string | null;
  personId: string | null;
  /** The person's name (null without a person), other names and messages sent and received. */
  personName: string | null;
  personNames: string[];
  personMessages: number;
  score: number;
}

/** Words of a name or query, folded, in order ("Lay, Kenneth" and "kenneth lay" have the same set). */
const words = (text: string) => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
const sameWords = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** A name of the person, or one of the addresses it was found by, is exactly what was typed. */
export function isExactMatch(query: string, names: string[], addresses: string[]): boolean {
  const typed = words(query);
  if (typed.length === 0) return false;
  const folded = foldText(query.trim());
  return names.some((n) => sameWords(words(n), typed)) || addresses.some((a) => a === folded);
}

export interface RankedPerson {
  brief: BriefRow;
  exact: boolean;
  score: number;
  /** The address it was found by, if it was found by one. */
  matchedAddress: string | null;
}

/**
 * One entry per person (its best index score), exact matches first, then by volume. The briefs are
 * the rows' own: their `address` is null until the shown persons' are read (person-briefs.ts).
 */
export function rankPersons(query: string, rows: NameIndexRow[]): RankedPerson[] {
  const best = new Map<string, { score: number; addresses: string[]; brief: BriefRow }>();
  for (const r of rows) {
    if (!r.personId) continue;
    const entry = best.get(r.personId) ?? {
      score: 0,
      addresses: [],
      brief: {
        id: r.personId,
        name: r.personName ?? r.personId,
        names: r.personNames,
        messages: r.personMessages,
        address: null,
      },
    };
    entry.score = Math.max(entry.score, r.score);
    if (r.kind === 'address' && r.email) entry.addresses.push(r.email);
    best.set(r.personId, entry);
  }
  const ranked: RankedPerson[] = [];
  for (const { score, addresses, brief } of best.values()) {
    ranked.push({
      brief,
      exact: isExactMatch(query, [brief.name, ...brief.names], addresses),
      score,
      matchedAddress: addresses[0] ?? null,
    });
  }
  return ranked.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.brief.messages - a.brief.messages ||
      b.score - a.score ||
      a.brief.id.localeCompare(b.brief.id),
  );
}

/** For each person, the others in the list with a name that is a variant of one of theirs ("same person?"). */
export function sameNameGroups(
  persons: BriefRow[],
  keyOf: ((name: string) => string | undefined) | undefined,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!keyOf) return out;
  const byKey = new Map<string, Set<string>>();
  for (const p of persons)
    for (const n of [p.name, ...p.names]) {
      const key = keyOf(n);
      if (key) byKey.set(key, (byKey.get(key) ?? new Set()).add(p.id));
    }
  for (const ids of byKey.values()) {
    if (ids.size < 2) continue;
    for (const id of ids) out.set(id, [...new Set([...(out.get(id) ?? []), ...[...ids].filter((x) => x !== id)])]);
  }
  return out;
}

export function personHit(p: RankedPerson, snippet: string | null, sameNameAs: string[] | undefined): SearchHit {
  return {
    kind: 'person',
    id: p.brief.id,
    label: p.brief.name,
    snippet,
    score: p.score,
    personId: p.brief.id,
    messages: p.brief.messages,
    address: p.brief.address,
    exact: p.exact,
    ...(sameNameAs?.length && { sameNameAs }),
  };
}
