/**
 * ③ extract (documents): the record of an archive document (issue 12) from its listing
 * (read/archive-document.ts): no text of its own; its files become documents of their own, and
 * what could not be read in it gives the status. A problem with one entry is the archive's status
 * too, so the analyst filtering on problems finds the archive that hides an encrypted file or a
 * bomb; the reason names every entry refused (the first ten) and why.
 */
import type { ArchiveListing, ContainerFormat, RefusedEntryKind } from '../../model.js';
import { failedRecord } from './failed-record.js';
import { kindOf, mimeTypeOf } from './detect-format.js';
import type { DocumentAbout } from './read-document.js';
import type { DocumentRecord, DocumentStatus } from './types.js';

const SHOWN_REFUSALS = 10;

const STATUS: Record<RefusedEntryKind, Exclude<DocumentStatus, 'ok'> | undefined> = {
  bomb: 'too-complex',
  limit: 'too-complex',
  encrypted: 'encrypted',
  'unsafe-name': 'corrupt',
  unreadable: 'corrupt',
  // A link or device in a tar is no file: noted in the reason, not a problem of the archive.
  'not-a-file': undefined,
};

// When entries were refused for different reasons, the archive takes the first of these.
const SEVERITY: Exclude<DocumentStatus, 'ok'>[] = ['too-complex', 'encrypted', 'corrupt'];

/** The record of archive `bytes` with its listing; `listing.entries` are the files to read next. */
export function archiveRecord(
  bytes: Uint8Array,
  about: DocumentAbout,
  listing: ArchiveListing<ContainerFormat>,
): DocumentRecord {
  const files = listing.entries.length;
  const problems = [...listing.refused, ...(listing.stopped ? [{ entry: '', ...listing.stopped }] : [])];
  const statuses = new Set(problems.map((p) => STATUS[p.kind]).filter((s) => s !== undefined));
  const status = SEVERITY.find((s) => statuses.has(s)) ?? 'ok';
  const parts = [
    `a ${listing.format} archive of ${files} file${files === 1 ? '' : 's'}, each read as a document of its own`,
  ];
  if (listing.refused.length > 0) {
    const shown = listing.refused
      .slice(0, SHOWN_REFUSALS)
      .map((r) => `${JSON.stringify(r.entry)}: ${r.reason}`)
      .join('; ');
    const more = listing.refused.length > SHOWN_REFUSALS ? `; and ${listing.refused.length - SHOWN_REFUSALS} more` : '';
    parts.push(`${listing.refused.length} entr${listing.refused.length === 1 ? 'y' : 'ies'} not read: ${shown}${more}`);
  }
  if (listing.stopped) parts.push(`the archive was not read to its end: ${listing.stopped.reason}`);
  const record = failedRecord(bytes, about, 'corrupt', parts.join('; '));
  return {
    ...record,
    format: listing.format,
    mimeType: mimeTypeOf(listing.format),
    kind: kindOf(listing.format),
    status,
  };
}
