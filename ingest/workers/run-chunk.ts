/**
 * Runs one chunk of work, turning each failure into a result of its own so one bad item never
 * takes the others down with it.
 */
import type * as ExtractDocument from '../extract/entities/extract-document.js';
import type * as ExtractMessage from '../extract/entities/extract-message.js';
import type { Gazetteer } from '../extract/entities/gazetteer/build-gazetteer.js';
import type { LiveGazetteer } from '../extract/entities/gazetteer/live-gazetteer.js';
import type { Correspondent } from '../extract/entities/types.js';
import type * as ProcessMessage from '../extract/process-message.js';
import type { ProcessOptions } from '../extract/process-message.js';
import type { RawMessage } from '../model.js';
import type { AttachedLimits } from './attached-limits.js';
import type * as AttachedMail from './attached-mail.js';
import type { ItemClock } from './item-clock.js';
import type { ProcessConfig } from './process-config.js';
import type { DocumentRead, DocumentWork, EntityResult, EntityWork, ParseResult } from './protocol.js';
import type * as ArchiveDocument from '../read/archive-document.js';
import type * as ArchiveWork from './archive-work.js';
import type * as ReadDocument from '../extract/documents/read-document.js';

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

// The mail parser, DKIM and the attached-mail reader load on first use, in the threads that parse:
// a thread that only extracts names or reads documents never pays their ~0.5 s.
let mailReader: Promise<[typeof ProcessMessage, typeof AttachedMail]> | undefined;

export function loadMailReader(): Promise<[typeof ProcessMessage, typeof AttachedMail]> {
  return (mailReader ??= Promise.all([import('../extract/process-message.js'), import('./attached-mail.js')]));
}

/** Each message, with the mail attached to it read as messages too (attached-mail.ts). */
export async function runParseChunk(
  items: RawMessage[],
  options: ProcessOptions,
  limits?: AttachedLimits,
): Promise<ParseResult[]> {
  const [{ processMessageParts }, { attachedMessages }] = await loadMailReader();
  const results: ParseResult[] = [];
  for (const raw of items) {
    try {
      const { message, parts, notes } = await processMessageParts(raw, options);
      const attached = await attachedMessages(raw, parts, options, limits);
      results.push({
        ok: true,
        message,
        ...(attached.length > 0 && { attached }),
        ...(notes.length > 0 && { notes }),
      });
    } catch (error) {
      results.push({
        ok: false,
        issue: { source: raw.source, stage: 'parse', error: describeError(error), lostMessage: true },
      });
    }
  }
  return results;
}

// Entity extraction loads dictionaries and compromise (about a second and 60 MB per thread): only
// the threads that extract pay for it, on first use; parse workers never load it.
let extractor: Promise<[typeof ExtractMessage, typeof ExtractDocument]> | undefined;

// Kept per thread, from run to run: chunks arrive while the first is still loading, and all wait for the
// same build; a thread given other correspondents later (a resident extractor's next ingest) changes only
// the entries of the people who changed (live-gazetteer.ts).
let live: { from: Correspondent[] | string; table: Promise<LiveGazetteer> } | undefined;

/** The run's gazetteer, built from the correspondents given (none without them). */
async function gazetteerOf(config: ProcessConfig): Promise<Gazetteer | undefined> {
  const from = config.correspondentsJson ?? config.correspondents;
  if (!from) return undefined;
  if (live?.from !== from) {
    const previous = live?.table;
    const table = (async () => {
      const kept =
        (await previous?.catch(() => undefined)) ??
        new (await import('../extract/entities/gazetteer/live-gazetteer.js')).LiveGazetteer();
      kept.update(typeof from === 'string' ? (JSON.parse(from) as Correspondent[]) : from);
      return kept;
    })();
    live = { from, table };
  }
  return (await live.table).table;
}

/** Loads the extractor (and with it the lexicons) now, if not yet: a worker started ahead of its pass. */
export function loadExtractor(): Promise<[typeof ExtractMessage, typeof ExtractDocument]> {
  return (extractor ??= Promise.all([
    import('../extract/entities/extract-message.js'),
    import('../extract/entities/extract-document.js'),
  ]));
}

/** Starts building the gazetteer of the correspondents just configured, before the first chunk asks for it. */
export function prepareGazetteer(config: ProcessConfig): void {
  gazetteerOf(config).catch(() => {}); // a failure comes back with the first chunk, which awaits the same build
}

/** `clock` (in a worker timed per item) is stamped as each message or document starts, after the extractor has loaded. */
export async function runEntityChunk(
  items: EntityWork[],
  config: ProcessConfig,
  clock?: { seq: number; clock: ItemClock },
): Promise<EntityResult[]> {
  const [{ extractMessageEntities }, { extractDocumentEntities }] = await loadExtractor();
  const gazetteer = await gazetteerOf(config);
  const results = items.map((item, i): EntityResult => {
    clock?.clock.start(clock.seq, i);
    try {
      const found = 'kind' in item ? extractDocumentEntities(item, gazetteer) : extractMessageEntities(item, gazetteer);
      return { ok: true, id: item.id, ...found };
    } catch (error) {
      return { ok: false, id: item.id, error: describeError(error) };
    }
  });
  clock?.clock.idle();
  return results;
}

// Document readers (pdfjs, SheetJS, word-extractor) and the archive readers load on first use, in the
// threads that read documents.
let documentReader: Promise<[typeof ReadDocument, typeof ArchiveDocument, typeof ArchiveWork]> | undefined;

/** Loads the document readers; a worker does so before it starts a document's clock. */
export function loadDocumentReader(): Promise<[typeof ReadDocument, typeof ArchiveDocument, typeof ArchiveWork]> {
  return (documentReader ??= Promise.all([
    import('../extract/documents/read-document.js'),
    import('../read/archive-document.js'),
    import('./archive-work.js'),
  ]));
}

/** Reads documents one after the other; readDocument turns every failure into a status. */
export async function runDocumentChunk(items: DocumentWork[], config: ProcessConfig): Promise<DocumentRead[]> {
  const [{ readDocument }, { archiveFormatOf }, { readArchiveWork, withEmbeddedFiles }] = await loadDocumentReader();
  const options = config.documents ?? {};
  const results: DocumentRead[] = [];
  for (const { bytes, depth, ...about } of items) {
    const archive = archiveFormatOf(bytes, about.name ?? '');
    if (archive) {
      results.push(await readArchiveWork(bytes, about, archive, depth ?? 0, config));
      continue;
    }
    const record = await readDocument(bytes, about, options.limits, {
      ocr: options.ocr === true,
      ...(options.now && { now: new Date(options.now) }),
    });
    // A plain zip under an office name (the reader looked inside): an archive all the same.
    const plainZip = record.format === 'zip' && record.status === 'unsupported';
    results.push(
      plainZip
        ? await readArchiveWork(bytes, about, 'zip', depth ?? 0, config)
        : await withEmbeddedFiles(bytes, about, record, depth ?? 0, config),
    );
  }
  return results;
}
