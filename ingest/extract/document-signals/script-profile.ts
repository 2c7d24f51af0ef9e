/**
 * ③ extract (document signals, issue 12): the writing systems of the corpus's correspondents —
 * the share of persons whose display names use each script — so an editor whose name is in a
 * script almost none of them use (Cyrillic among French names) stands out. Built from the persons'
 * names only: the editors being judged are not counted, or a burst of fifty Cyrillic documents
 * would make its own script ordinary.
 */
import { scriptsOf } from '../documents/metadata/scripts.js';

/** Persons with a lettered name, and per script the share of them (0–1) whose names use it. */
export interface ScriptProfile {
  persons: number;
  shares: Record<string, number>;
}

// Below this many named correspondents the corpus has no profile to judge a script by.
export const MIN_PROFILE_PERSONS = 20;
// A script used by fewer than this share of the correspondents is foreign to them (1 in 20).
export const FOREIGN_SHARE = 0.05;

/** `names`: per person, the display names it goes by. */
export function scriptProfile(names: Iterable<readonly string[]>): ScriptProfile {
  const counts = new Map<string, number>();
  let persons = 0;
  for (const list of names) {
    const scripts = scriptsOf(list.join(' '));
    if (scripts.length === 0) continue;
    persons++;
    for (const s of scripts) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const shares: Record<string, number> = {};
  for (const [s, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) shares[s] = n / persons;
  return { persons, shares };
}

/** The scripts of a name that are foreign to the profile; none when the corpus is too small to say. */
export function foreignScripts(scripts: readonly string[], profile: ScriptProfile): string[] {
  if (profile.persons < MIN_PROFILE_PERSONS) return [];
  return scripts.filter((s) => (profile.shares[s] ?? 0) < FOREIGN_SHARE);
}

/** "Latin 97 %, Greek 3 %": the profile in words, for an explanation. */
export function describeProfile(profile: ScriptProfile): string {
  return Object.entries(profile.shares)
    .map(([s, share]) => `${s} ${Math.round(share * 100)} %`)
    .join(', ');
}
