/**
 * GET /api/persons/:id/suggestions — "same person?": other persons that may be this one, each with
 * why. Two kinds of evidence, both only suggested (the analyst merges):
 *   - name: one of their names is a variant of one of this person's ("Kenneth L. Lay (E-mail)" and
 *     "Lay, Kenneth"), by the ingest's own name keys (IdentityService.variantNameKey);
 *   - correspondents: they wrote with the same people without ever being on the same messages,
 *     which is what two addresses of one person look like (person-similar-correspondents.cypher).
 */
import type { Driver } from 'neo4j-driver';

import type { PersonSuggestion } from '../../contract/index.js';
import { int, readQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { brief, personBriefs } from '../persons/person-briefs.js';
import type { IdentityService } from './identity-service.js';

// Index hits read to find namesakes: a common name ("John Smith") has many, and the variants are
// scored below the exact ones.
const NAME_CANDIDATES = 300;
// Correspondents of the person compared (the strongest), so a hub's suggestions stay bounded.
const REACH = 200;
const MIN_SHARED = 2;
// Share of the smaller correspondent set in common; and at most this share of the candidate's
// messages may have both of them on it.
const MIN_OVERLAP = 0.5;
const MAX_TOGETHER = 0.1;
export const MAX_SUGGESTIONS = 12;

type Reason = PersonSuggestion['reasons'][number];

async function byName(
  driver: Driver,
  id: string,
  names: string[],
  keyOf: (name: string) => string | undefined,
): Promise<Map<string, Reason>> {
  const mine = new Map<string, string>();
  for (const n of names) {
    const key = keyOf(n);
    if (key && !mine.has(key)) mine.set(key, n);
  }
  const found = new Map<string, Reason>();
  if (mine.size === 0) return found;
  // Keys are folded letters and digits only, so they are safe as Lucene terms. The analyzer keeps
  // "john_zufferli.com" and "steven.p.south.com" as one term each, which "john* AND zufferli*"
  // never reaches: the words joined by '_' and '.' reach them as prefixes, so John Zufferli's
  // panel finds the address named after him as that address's panel finds him.
  const q = [...mine.keys()]
    .map((k) => {
      const words = k.split(' ');
      const joined = words.length > 1 ? ['_', '.'].map((sep) => ` OR ${words.join(sep)}*`).join('') : '';
      return `(${words.map((w) => `${w}*`).join(' AND ')})${joined}`;
    })
    .join(' OR ');
  const rows = await readQuery<{ id: string; names: string[] }>(driver, 'person-name-candidates', {
    q,
    id,
    candidates: int(NAME_CANDIDATES),
  });
  for (const r of rows) {
    const theirs = r.names.find((n) => mine.has(keyOf(n) ?? ''));
    if (theirs)
      found.set(r.id, { kind: 'name', text: `goes by "${theirs}", a variant of "${mine.get(keyOf(theirs)!)}"` });
  }
  return found;
}

async function byCorrespondents(driver: Driver, id: string): Promise<Map<string, Reason>> {
  const rows = await readQuery<{ id: string; shared: number; correspondents: number; together: number }>(
    driver,
    'person-similar-correspondents',
    {
      id,
      reach: int(REACH),
      minShared: int(MIN_SHARED),
      minOverlap: MIN_OVERLAP,
      maxTogether: MAX_TOGETHER,
      limit: int(MAX_SUGGESTIONS),
    },
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        kind: 'correspondents',
        text: `shares ${r.shared} of its ${r.correspondents} correspondents with this person, ${
          r.together === 0 ? 'never on the same message' : `on the same message only ${r.together} times`
        }`,
      },
    ]),
  );
}

export async function loadSuggestions(
  driver: Driver,
  id: string,
  identities: IdentityService | undefined,
): Promise<PersonSuggestion[]> {
  const me = (await personBriefs(driver, [id])).get(id);
  if (!me) throw new NotFoundError(`no person ${id}`);
  const [names, correspondents] = await Promise.all([
    identities ? byName(driver, id, [me.name, ...me.names], identities.variantNameKey) : new Map<string, Reason>(),
    byCorrespondents(driver, id),
  ]);
  const reasons = new Map<string, Reason[]>();
  for (const source of [names, correspondents])
    for (const [other, reason] of source) reasons.set(other, [...(reasons.get(other) ?? []), reason]);
  const briefs = await personBriefs(driver, [...reasons.keys()]);
  return [...reasons]
    .flatMap(([other, why]) => {
      const b = briefs.get(other);
      return b ? [{ ...brief(b), reasons: why }] : [];
    })
    .sort(
      (a, b) =>
        Number(b.reasons.some((r) => r.kind === 'name')) - Number(a.reasons.some((r) => r.kind === 'name')) ||
        b.reasons.length - a.reasons.length ||
        b.messages - a.messages ||
        a.id.localeCompare(b.id),
    )
    .slice(0, MAX_SUGGESTIONS);
}
