/**
 * The SourceRef entries that lead inside a message (issue 12), written by the parse worker
 * (workers/attached-mail.ts) and the document pass (document-mail.ts), followed back by copy-bytes.ts:
 * - `/part <n> (<name>)`: the carrier's attachment n (HAS_ATTACHMENT.part), named by its file name
 *   (or, unnamed, its content type);
 * - after it, plain labels: entries of the archive the attachment is (read/entry-names.ts labels),
 *   down to a file, then, for an Outlook .msg, the labels of the items embedded in it;
 * - `/mbox <k>`: message k (1-based) of the mbox reached (mbox-split.ts);
 * - `/object <path>`: the file embedded at part or storage `path` of an Office document
 *   (read/embedded-objects.ts, which defines it: the read stage follows it too).
 * A leading slash keeps them apart from archive entry names, which never start with one
 * (read/entry-names.ts makes them relative).
 */

import { printableName } from './read/entry-names.js';
import { capName } from './text-caps.js';

const PART_ENTRY = /^\/part (\d+)(?: \((.*)\))?$/s;
const MBOX_ENTRY = /^\/mbox (\d+)$/;

export function partEntry(index: number, name: string): string {
  // A hostile file name is capped and its control characters replaced, as archive entry names are.
  return `/part ${index} (${capName(printableName(name))})`;
}

/** The attachment index an entry names, or undefined when it is not a part entry. */
export function partIndex(entry: string): number | undefined {
  const match = PART_ENTRY.exec(entry);
  return match ? Number(match[1]) : undefined;
}

/** The name a part entry gives its attachment ('' when it gives none). */
export const partName = (entry: string): string => PART_ENTRY.exec(entry)?.[2] ?? '';

export const mboxEntry = (index: number): string => `/mbox ${index}`;

/** The 1-based mbox message number an entry names, or undefined when it is not an mbox entry. */
export function mboxIndex(entry: string): number | undefined {
  const match = MBOX_ENTRY.exec(entry);
  return match ? Number(match[1]) : undefined;
}
