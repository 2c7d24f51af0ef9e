/**
 * ③ extract (document signals, issue 12): who an editor named in a document's metadata is. The
 * author or last-modified-by name is matched against the correspondents the way the gazetteer
 * finds them in text (name-variants.ts: folded case and accents, "Last, First", middle initials
 * dropped), or failing that as exactly a correspondent's display name or mailbox ("pavel", "段",
 * "pallen" for pallen@…: the account names office suites record); a name that is no correspondent's
 * is kept as an alias, evidence of an outsider. Its
 * scripts say whether it is written like the corpus's correspondents' names (script-profile.ts).
 */
import { indexKey } from '../../../db/index-key.js';
import { scriptsOf } from '../documents/metadata/scripts.js';
import { type Gazetteer, buildGazetteer } from '../entities/gazetteer/build-gazetteer.js';
import { matchKey, parseDisplayName } from '../entities/gazetteer/name-variants.js';
import type { Correspondent } from '../entities/types.js';
import { type ScriptProfile, foreignScripts } from './script-profile.js';

export type EditorField = 'author' | 'lastModifiedBy';

/** What a name in a document's metadata is taken for; the same for every document that names it. */
export interface EditorJudgement {
  /** The name as the metadata writes it, bounded (indexKey), trimmed. */
  raw: string;
  /** The correspondent (gazetteer id) it names, when exactly one. */
  correspondent: string | null;
  /** Alias key when it names no single correspondent: folded words, so case and accents do not split one name. */
  alias: string | null;
  /** Correspondents the name matches: 1 for a linked person, 0 for an outsider, 2+ when ambiguous. */
  correspondents: number;
  /** Scripts of its letters, most first (scriptsOf). */
  scripts: string[];
  /** Scripts few of the correspondents write their names in (empty: none, or no profile to judge by). */
  foreign: string[];
  /** Names of no one: a machine's default account ("User", "Microsoft Office User", "Administrator"). */
  generic: boolean;
}

// Default account names office suites and operating systems write when nobody set a name: no one's
// name, so never "no correspondent" (they are still kept as aliases, as evidence).
const GENERIC =
  /^(?:user|owner|admin|administrator|author|unknown|guest|default|test|anonymous|windows user|microsoft office user|office user|win user|valued customer|authorised user|authorized user|preferred customer|hp authorized customer|utilisateur|utilisateur windows|proprietaire|administrateur|пользователь|администратор)$/iu;

/** The key an unmatched name is kept under: its folded words ("DUPONT, Marie" and "Dupont, Marie" meet). */
export function aliasKey(raw: string): string {
  return indexKey(matchKey(raw) || raw.trim());
}

/** The correspondents as names are looked up: the gazetteer's variants, and each exact name and mailbox. */
export interface EditorIndex {
  gazetteer: Gazetteer;
  /** Folded display name or address local part → correspondent ids. */
  exact: Map<string, string[]>;
}

export function buildEditorIndex(correspondents: readonly Correspondent[]): EditorIndex {
  const exact = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    if (!key) return;
    const ids = exact.get(key) ?? [];
    if (!ids.includes(id)) exact.set(key, [...ids, id]);
  };
  for (const c of correspondents) {
    for (const name of c.names) add(matchKey(name), c.id);
    for (const address of c.addresses ?? []) add(matchKey(address.split('@')[0] ?? ''), c.id);
  }
  return { gazetteer: buildGazetteer(correspondents), exact };
}

/**
 * Correspondent ids a name matches: as written among the variants, else as first and last name
 * (middle names dropped), else as exactly a display name or mailbox of theirs.
 */
function matches(raw: string, index: EditorIndex, generic: boolean): string[] {
  const key = matchKey(raw);
  const variant = index.gazetteer.variants[key];
  if (variant?.length) return variant;
  const parts = parseDisplayName(raw);
  const short = parts && index.gazetteer.variants[matchKey(`${parts.first} ${parts.last}`)];
  if (short?.length) return short;
  // "Admin" is not the admin@ mailbox's owner.
  return generic ? [] : (index.exact.get(key) ?? []);
}

/** Undefined for a name with nothing in it (blank). */
export function judgeEditor(name: string, index: EditorIndex, profile: ScriptProfile): EditorJudgement | undefined {
  const raw = indexKey(name.replace(/\s+/g, ' ').trim());
  if (!raw) return undefined;
  const generic = GENERIC.test(matchKey(raw));
  const ids = matches(raw, index, generic);
  const scripts = scriptsOf(raw);
  const linked = ids.length === 1;
  return {
    raw,
    correspondent: linked ? ids[0]! : null,
    alias: linked ? null : aliasKey(raw),
    correspondents: ids.length,
    scripts,
    // A correspondent's own name is never foreign to the correspondents: they are one of them.
    foreign: ids.length ? [] : foreignScripts(scripts, profile),
    generic,
  };
}
