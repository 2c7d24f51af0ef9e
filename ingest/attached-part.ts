/**
 * The SourceRef entry that marks mail attached to mail (issue 12): `/part <n> (<name>)`, where n is
 * the attachment's index in its carrier (HAS_ATTACHMENT.part) and the name is its file name (or,
 * unnamed, its content type). Written by the parse worker (workers/attached-mail.ts), followed back
 * by copy-bytes.ts. A leading slash keeps it apart from archive entry names, which never start with one
 * (read/entry-names.ts makes them relative).
 */

import { printableName } from './read/entry-names.js';
import { capName } from './text-caps.js';

const PART_ENTRY = /^\/part (\d+)(?: \((.*)\))?$/s;

export function partEntry(index: number, name: string): string {
  // A hostile file name is capped and its control characters replaced, as archive entry names are.
  return `/part ${index} (${capName(printableName(name))})`;
}

/** The attachment index an entry names, or undefined when it is not a part entry. */
export function partIndex(entry: string): number | undefined {
  const match = PART_ENTRY.exec(entry);
  return match ? Number(match[1]) : undefined;
}
