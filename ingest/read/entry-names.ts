/**
 * ① read: archive entry names, checked and made canonical before they are used anywhere
 * (SourceRef.entries, mailbox and folder names). Nothing is ever written to disk, but a name is
 * still a path an analyst's tools may follow, so one that leads outside the archive is refused:
 * the entry is reported and not read.
 *
 * Rules: backslashes count as "/" (archives made on Windows); refused are names containing NUL,
 * absolute names ("/x", "//server/x"), drive letters ("C:x", "C:\x") and any ".." segment;
 * "." and empty segments are dropped ("./a//b/" → "a/b"), so "//" never occurs in a canonical
 * name. Names longer than 1,024 characters keep their start and a mark (ingest/text-caps.ts).
 * That makes "//" free to mark repeats: the second entry called "a/1.eml" in one archive
 * is labelled "a/1.eml//2", the third "a/1.eml//3", so every label names one entry.
 */
import { capName } from '../text-caps.js';
import { UnsafeEntryNameError } from './errors.js';

export function canonicalEntryName(raw: string): string {
  const shown = JSON.stringify(raw.length > 200 ? `${raw.slice(0, 200)}…` : raw);
  if (raw.includes('\u0000'))
    throw new UnsafeEntryNameError(`entry name ${shown} contains a NUL byte: refused, not read`);
  const name = raw.replace(/\\/g, '/');
  if (name.startsWith('/'))
    throw new UnsafeEntryNameError(`entry name ${shown} is an absolute path: refused, not read`);
  if (/^[A-Za-z]:/.test(name))
    throw new UnsafeEntryNameError(`entry name ${shown} starts with a drive letter: refused, not read`);
  const segments = name.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..'))
    throw new UnsafeEntryNameError(`entry name ${shown} climbs out of the archive (".."): refused, not read`);
  if (segments.length === 0) throw new UnsafeEntryNameError(`entry name ${shown} is empty: refused, not read`);
  // A name of megabytes would land in every Copy and every line about it: capped, with a mark.
  return capName(segments.join('/'));
}

/** A raw (possibly hostile) name made safe to store and print: control characters become U+FFFD. */
export function printableName(raw: string): string {
  let out = '';
  for (const ch of raw) out += ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? '\ufffd' : ch;
  return out;
}

/** Hands out one label per entry of one archive: the canonical name, with "//n" on repeats. */
export class EntryLabels {
  private readonly seen = new Map<string, number>();

  label(raw: string): string {
    // Names made from attachment names (.msg/.pst) are capped here; archive names already were.
    const name = capName(raw);
    const n = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, n);
    return n === 1 ? name : `${name}//${n}`;
  }
}
