/**
 * The document pass, mail among the documents (issue 12): a document that is mail the parse worker
 * did not read as such → RawMessages for the parse pool (document-mail-write.ts), each with a
 * SourceRef that copy-bytes.ts follows back to its exact bytes:
 *   - an entry of an archive document (an .eml or Outlook .msg by name, mail by content, an .mbox):
 *     the place of the archive (the message carrying it and `/part <n> (<name>)`, then the labels of
 *     the archives above it) and the entry's label;
 *   - an .mbox attached to a message: the carrier's SourceRef and `/part <n> (<name>)`;
 * then `/mbox <k>` for each message of an mbox (attached-part.ts). An .eml or .msg attached to a
 * message was read by the parse worker already (workers/attached-mail.ts), so not again here.
 *
 * Mail embedded in an Office document (`/object <path>` entries, read/embedded-objects.ts) is found
 * the same way; when that document is a loose file, the chain starts at the file. An archive reached
 * only through a loose file (a plain zip under an office name on disk) has no carrier to start the
 * chain from: its mail stays a document. Mail that claims to be mail (by name)
 * and is not comes back as a failure pointing at the entry, as attached mail does.
 */
import { mboxEntry, partEntry } from './attached-part.js';
import { copySource } from './batch/graph-schema.js';
import type { IngestIssue, MessageFormat, RawMessage, SourceRef } from './model.js';
import { SNIFF_BYTES, detectFormat } from './read/detect.js';
import { objectPath } from './read/embedded-objects.js';
import type { ReadLimits } from './read/limits.js';
import { MBOX_LEADING_TEXT, mboxMessageProblem, splitMboxBytes } from './read/mbox-split.js';
import type { DocumentPlaces } from './write/documents.js';
import { attachedMailKind, attachedRaws } from './workers/attached-mail.js';
import { describeError } from './workers/run-chunk.js';

/** Mail found in one document: the messages to parse, and what could not be read as mail. */
export interface DocumentMail {
  raws: RawMessage[];
  issues: IngestIssue[];
}

export type PlacesOf = (sha256: string) => Promise<DocumentPlaces | undefined>;

const MBOX_NAME = /\.mbox(rd)?$/i;
// Declared types under which an attachment may be an mbox by its content alone. Others are taken at
// their word: a `git format-patch` file (text/x-patch) starts like an mbox and is a document.
const MBOX_OR_GENERIC = /^application\/(mbox|x-mbox|octet-stream|unknown|x-unknown)$/i;

/** The SourceRef of the message carrying the document, with its attachment's part entry. */
function carrierSource(places: DocumentPlaces): SourceRef | undefined {
  const carrier = places.carriers.find((c) => c.part !== null);
  if (!carrier) return undefined;
  const source = copySource(carrier.copy);
  const name = carrier.name || places.contentType || 'application/octet-stream';
  return { ...source, entries: [...source.entries, partEntry(carrier.part!, name)] };
}

/**
 * The SourceRef of a loose Office file whose embedded mail is read: its own place, so that the
 * message's starts with the file and its first entry inside is the object (copy-bytes.ts).
 */
function looseSource(places: DocumentPlaces, entry: string, format: MessageFormat): SourceRef | undefined {
  const file = places.files[0];
  if (!file || objectPath(entry) === undefined) return undefined;
  return {
    path: file.path,
    entries: file.entries,
    format,
    ...(file.mailbox && { mailbox: file.mailbox }),
    ...(file.folder && { folder: file.folder }),
  };
}

/**
 * The SourceRef of the document through its first archive (or Office document holding it): the
 * archive's own place, then the entry. `format`: what the mail found is, for a chain that starts
 * at a loose file rather than at a carrying message.
 */
async function archiveSource(
  places: DocumentPlaces,
  placesOf: PlacesOf,
  chain: string[],
  format: MessageFormat,
): Promise<SourceRef | undefined> {
  const archive = places.archives[0];
  if (!archive || chain.includes(archive.sha256)) return undefined;
  const parent = await placesOf(archive.sha256);
  if (!parent) return undefined;
  const above =
    carrierSource(parent) ??
    (await archiveSource(parent, placesOf, [...chain, archive.sha256], format)) ??
    looseSource(parent, archive.entry, format);
  return above && { ...above, entries: [...above.entries, archive.entry] };
}

/** The messages of an mbox held in memory, each `/mbox <k>` below `source`; over-limit and empty ones as failures. */
export function mboxRaws(bytes: Uint8Array, name: string, source: SourceRef, limits: ReadLimits): DocumentMail {
  const found: DocumentMail = { raws: [], issues: [] };
  const { messages, leadingText } = splitMboxBytes(bytes, name, limits.maxMessageBytes);
  const fail = (at: SourceRef, error: string, lostMessage = true) =>
    found.issues.push({ source: at, stage: 'read', error, lostMessage });
  for (const m of messages) {
    const at: SourceRef = { ...source, entries: [...source.entries, mboxEntry(m.index)] };
    const problem = mboxMessageProblem(m, limits.maxMessageBytes);
    if (problem) fail(at, problem);
    else found.raws.push({ bytes: m.bytes!, source: at });
  }
  if (leadingText) fail(source, MBOX_LEADING_TEXT, false);
  return found;
}

/**
 * The mail in one document the pass fetched, or undefined when it is no mail to read here (not mail,
 * read by the parse worker already, or out of the reach of a chain).
 */
export async function documentMail(
  places: DocumentPlaces,
  bytes: Uint8Array,
  placesOf: PlacesOf,
  limits: ReadLimits,
): Promise<DocumentMail | undefined> {
  const name = places.name;
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An archive entry declares no type: its content says what it is.
  const sniff = places.archives.length > 0 || MBOX_OR_GENERIC.test(places.contentType ?? 'application/octet-stream');
  const isMbox = sniff && detectFormat(content.subarray(0, SNIFF_BYTES)) === 'mbox';
  if (isMbox || MBOX_NAME.test(name)) {
    const source = carrierSource(places) ?? (await archiveSource(places, placesOf, [], 'mbox'));
    if (!source) return undefined;
    if (isMbox) return mboxRaws(content, name, source, limits);
    const error = `the document is named as an mbox (${JSON.stringify(name)}) but does not start with a "From " separator line`;
    return { raws: [], issues: [{ source, stage: 'parse', error, lostMessage: true }] };
  }
  if (places.archives.length === 0) return undefined;
  // Archive entries carry no content type: their name says what they claim, else their content.
  const part = { name, contentType: places.contentType ?? 'application/octet-stream', content };
  const found = attachedMailKind(part);
  if (!found) return undefined;
  const source = await archiveSource(places, placesOf, [], found.kind === 'msg' ? 'msg' : 'eml');
  if (!source) return undefined;
  try {
    return { raws: attachedRaws(part, found, source), issues: [] };
  } catch (error) {
    // Found by content only (a Word file is an OLE file too): a document like any other.
    if (!found.claimed) return undefined;
    return { raws: [], issues: [{ source, stage: 'parse', error: describeError(error), lostMessage: true }] };
  }
}
