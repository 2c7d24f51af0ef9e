/**
 * The document pass (issue 12): every Document still pending (or every one, --rebuild) → its bytes
 * from one place the graph records (document-bytes.ts) → readDocument in the 'documents' worker
 * pool, each document under its time and heap limit → text, metadata, per-document anomalies on the
 * Document, state 'read'. Runs after the mail is written and derived, before the entity pass, and
 * alone as `leakgraph documents`.
 *
 * Accounting: every pending document is read (counted by status) or unreachable (no place still
 * holds its bytes: it stays pending, so the next run tries again). A status other than ok is also
 * a Failure (stage 'document') with where the document was found and why, and the document it is
 * about (a later pass that reads it clears those it no longer meets: onDocumentRead,
 * write/cleared-failures.ts); nothing stops the pass.
 *
 * Archives (issue 12): a zip, tar or gzip document is listed in its worker (workers/archive-work.ts);
 * each of its files becomes a Document of its own, (archive)-[:CONTAINS {entry, name}]->(file), pending,
 * and the pass goes round again until no pending document is left that it has not tried, so the
 * files of an archive (and of an archive in it, up to the nesting limit) are read in the same run.
 * Every entry is counted: a file (summary.archives.files) or refused (.refused, each a Failure).
 * An Office document's embedded files (an .msg dragged into Word, a workbook in a report;
 * read/embedded-objects.ts) are listed by its worker the same way, `/object <path>` entries, after
 * its own text is read.
 *
 * Mail among the documents (issue 12): an .eml, Outlook .msg or .mbox entry of an archive, and an
 * .mbox attached to a message, stay Documents and become Messages too (document-mail.ts finds them,
 * document-mail-write.ts parses and writes them as the ingest does, before the documents that held
 * them are marked read); each message found is one seen, counted as the ingest counts (summary.mail).
 */
import type { Driver } from 'neo4j-driver';

import { type DocumentResultRow, documentResultRow, unreadRow } from './batch/document-rows.js';
import type { CarrierCache, DocumentBytes } from './document-bytes.js';
import type { DocumentMailOptions, DocumentMailSummary } from './document-mail-write.js';
import { type DocumentSignalsSummary, runDocumentSignals } from './document-signals.js';
import { type DocumentLimits, documentLimits } from './extract/documents/limits.js';
import type { DocumentStatus } from './extract/documents/types.js';
import type { ArchiveListing, IngestIssue } from './model.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read/limits.js';
import {
  type DocumentPlaces,
  countPendingDocuments,
  readDocumentWork,
  resetDocuments,
  writeDocumentResults,
} from './write/documents.js';
import { GraphWriter } from './write/graph-writer.js';
import type { DocumentRead, DocumentWork } from './workers/protocol.js';
import { WorkerPool, defaultWorkerCount } from './workers/pool.js';

// A reading with one of these statuses stopped before the document's end: what an earlier pass found
// further in (a refused archive entry) was not met because it was not reached, so it is not cleared.
const STOPPED_SHORT = new Set<DocumentStatus>(['oversize', 'timeout', 'too-complex']);

// Documents read from Neo4j per query; results written per transaction (texts are up to 1 M chars each).
const PAGE = 200;
const WRITE_ROWS = 50;

export interface DocumentPassOptions {
  /** Read every document again (after the reader changed). */
  rebuild?: boolean;
  workers?: number;
  limits?: Partial<DocumentLimits>;
  /** Bounds on archive documents: entries, bytes inflated, nesting (the read stage's limits and options). */
  readLimits?: ReadLimits;
  /** OCR scanned pages and pictures (slow; off by default). */
  ocr?: boolean;
  /** The present of the future-date check (tests); default: when each document is read. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  onFailure?: (issue: IngestIssue) => void;
  /**
   * A document read whole (its status not one of a reading stopped short, an archive listed to its
   * end): failures earlier passes recorded for it that this one did not meet are cleared.
   */
  onDocumentRead?: (sha256: string) => void;
  /**
   * How mail among the documents is written (the run, the parse configuration); by default under run
   * 'documents', DKIM verified with no keys (as an ingest without --keys).
   */
  mail?: Partial<DocumentMailOptions>;
}

export interface DocumentPassSummary {
  /** Documents pending when the pass started. */
  pending: number;
  /** Read, by status (ok, encrypted, corrupt, …). */
  read: number;
  byStatus: Partial<Record<DocumentStatus, number>>;
  /** Documents whose bytes no place still holds: left pending, each a Failure. */
  unreachable: number;
  /** Documents that are e-mail (.eml/.msg): left to the mail pipeline. */
  messages: number;
  /**
   * Archive documents opened (issue 12), and Office documents whose embedded files were taken out
   * (read/embedded-objects.ts), and their entries: each a file (a Document, new or already
   * known) or refused (encrypted, a bomb, an unsafe name, a limit: each a Failure). `found`: the new
   * Documents their files made, read in the same pass, so pending + found = read + unreachable.
   */
  archives: { opened: number; files: number; refused: number; found: number };
  /** Rounds of reading: one, plus one per layer of archives met. */
  rounds: number;
  /**
   * Mail found among the documents (issue 12), as messages: seen = ingested + duplicates + failed.
   * `documents`: the new Documents their attachments made, read in the same pass, so pending + found
   * + mail.documents = read + unreachable.
   */
  mail: DocumentMailSummary;
  /** The cross-document signals judged after the reading (document-signals.ts), every run. */
  signals?: DocumentSignalsSummary;
  seconds: number;
}

/** Where the failure of a document is shown: the first place it was found. */
function failureSource(places: DocumentPlaces): IngestIssue['source'] {
  const position = `document ${places.sha256.slice(0, 16)}${places.name ? ` (${places.name})` : ''}`;
  const file = places.files[0];
  if (file) return { path: file.path, entries: file.entries, position };
  const carrier = places.carriers[0];
  if (carrier)
    return {
      path: String(carrier.copy.path),
      entries: (carrier.copy.entries as string[] | null) ?? [],
      position: `${carrier.copy.position ? `${String(carrier.copy.position)} › ` : ''}attachment ${carrier.part ?? '?'}: ${position}`,
    };
  const archive = places.archives[0];
  if (archive)
    return {
      path: `archive document ${archive.sha256}${archive.name ? ` (${archive.name})` : ''}`,
      entries: [archive.entry],
      position,
    };
  return { path: `document ${places.sha256}`, entries: [], position };
}

/** Where a document's bytes are read first: a loose file, else the first carrying copy, else its archive. */
const firstPlace = (p: DocumentPlaces) =>
  p.files.length ? '' : (p.carriers[0]?.copy.key ?? `~${p.archives[0]?.sha256 ?? ''}`);

/**
 * The pending documents, page by page in hash order; within a page, those of one message together,
 * so that message is read and parsed once for all of them (document-bytes.ts CarrierCache).
 */
async function* pendingPages(driver: Driver, tried: Set<string>): AsyncGenerator<DocumentPlaces> {
  let after = '';
  for (;;) {
    const page = await readDocumentWork(driver, after, PAGE);
    if (page.length === 0) return;
    after = page.at(-1)!.sha256;
    yield* page
      .filter((p) => !tried.has(p.sha256))
      .sort((a, b) => (firstPlace(a) < firstPlace(b) ? -1 : firstPlace(a) > firstPlace(b) ? 1 : 0));
  }
}

export async function runDocumentPass(driver: Driver, options: DocumentPassOptions = {}): Promise<DocumentPassSummary> {
  const started = performance.now();
  if (options.rebuild) await resetDocuments(driver);
  const limits = documentLimits(options.limits);
  const readLimits = options.readLimits ?? DEFAULT_READ_LIMITS;
  let total = await countPendingDocuments(driver);
  const summary: DocumentPassSummary = {
    pending: total,
    read: 0,
    byStatus: {},
    unreachable: 0,
    messages: 0,
    archives: { opened: 0, files: 0, refused: 0, found: 0 },
    rounds: 0,
    mail: { seen: 0, ingested: 0, duplicates: 0, failed: 0, attachments: 0, documents: 0, failures: [] },
    seconds: 0,
  };
  // Nothing to read, yet new carriers and changed persons may change the cross-document signals.
  if (total === 0) return { ...summary, signals: await runDocumentSignals(driver), seconds: 0 };

  // The readers behind the pass (carriers, archives, the mail parser) load only when a document is
  // pending: most incremental runs have none, and they cost every command ~0.4 s of imports.
  const [{ archiveAccess, fetchDocumentBytes }, { documentMail }, { DocumentMailWriter }] = await Promise.all([
    import('./document-bytes.js'),
    import('./document-mail.js'),
    import('./document-mail-write.js'),
  ]);

  const mail = new DocumentMailWriter(driver, {
    writer: options.mail?.writer ?? new GraphWriter(driver),
    runId: options.mail?.runId ?? 'documents',
    workers: options.mail?.workers ?? options.workers ?? defaultWorkerCount(),
    parse: options.mail?.parse ?? { dkim: { keys: [], allowDns: false } },
  });
  summary.mail = mail.summary;
  // Writes go one after the other (one in flight while the next page is read): the mail found, then
  // the documents that held it, so a document is never marked read before its mail is in.
  let rows: DocumentResultRow[] = [];
  let writing: Promise<void> = Promise.resolve();
  const serially = (write: () => Promise<void>) => {
    writing = writing.then(write);
    writing.catch(() => {}); // observed by the next await
    return writing;
  };
  const writeMail = async () => {
    const known = mail.summary.documents;
    await mail.flush();
    total += mail.summary.documents - known;
  };
  const flush = async () => {
    const page = rows;
    rows = [];
    await writing;
    void serially(async () => {
      await writeMail();
      const created = await writeDocumentResults(driver, page);
      summary.archives.found += created;
      total += created;
    });
  };
  let done = 0;
  const fail = (places: DocumentPlaces, source: IngestIssue['source'], error: string) =>
    options.onFailure?.({ source, stage: 'document', error, lostMessage: false, document: places.sha256 });
  const countArchive = (places: DocumentPlaces, archive: ArchiveListing) => {
    summary.archives.opened++;
    summary.archives.files += archive.entries.length;
    summary.archives.refused += archive.refused.length;
    const at = failureSource(places);
    for (const r of archive.refused)
      fail(places, { ...at, entries: [...at.entries, r.entry] }, `${r.kind}: ${r.reason}`);
    // An archive that stopped early says so in its status (archive-record.ts); a document whose
    // embedded files could not all be taken out keeps the status of its own reading: a failure says it.
    if (archive.format === 'office' && archive.stopped)
      fail(places, at, `${archive.stopped.kind}: embedded files not all read: ${archive.stopped.reason}`);
  };
  const finish = async (places: DocumentPlaces, row: DocumentResultRow, read?: DocumentRead) => {
    const status = row.props.status as DocumentStatus;
    summary.read++;
    summary.byStatus[status] = (summary.byStatus[status] ?? 0) + 1;
    if (read?.kind === 'message') summary.messages++;
    if (read?.archive) countArchive(places, read.archive);
    if (status !== 'ok')
      fail(places, failureSource(places), `${status}: ${String(row.props.reason ?? 'no reason given')}`);
    if (!STOPPED_SHORT.has(status) && !read?.archive?.stopped) options.onDocumentRead?.(places.sha256);
    rows.push(row);
    if (rows.length >= WRITE_ROWS) await flush();
  };
  const progress = () => options.onProgress?.(++done, total);

  // Bytes are fetched on this thread as the pool asks for work; the documents sent wait here, in
  // order, for their records (the pool answers in the order it was given work). Documents no place
  // holds stay pending: tried once per run, not again in the next round.
  const sent: DocumentPlaces[] = [];
  const skipped: { places: DocumentPlaces; fetched?: DocumentBytes }[] = [];
  const tried = new Set<string>();
  const cache: CarrierCache = {};
  const access = archiveAccess(driver, readLimits);
  let handled = 0;
  async function* work(): AsyncGenerator<DocumentWork> {
    for await (const places of pendingPages(driver, tried)) {
      handled++;
      if (places.size > limits.maxBytes) {
        skipped.push({ places });
        continue;
      }
      const fetched = await fetchDocumentBytes(places, limits.maxBytes, cache, access);
      if (!fetched.ok) {
        tried.add(places.sha256);
        skipped.push({ places, fetched });
        continue;
      }
      const found = await documentMail(places, fetched.bytes, access.placesOf!, readLimits);
      if (found && mail.add(found)) await serially(writeMail);
      sent.push(places);
      yield {
        bytes: fetched.bytes,
        ...(places.name && { name: places.name }),
        ...(places.contentType && { contentType: places.contentType }),
        ...(fetched.depth > 0 && { depth: fetched.depth }),
      };
    }
  }
  const settleSkipped = async () => {
    for (const { places, fetched } of skipped.splice(0)) {
      progress();
      if (!fetched) {
        const reason = `${places.size} bytes, over the ${limits.maxBytes}-byte limit on one document (maxBytes): not opened`;
        await finish(places, unreadRow(places.sha256, 'oversize', reason));
      } else if (!fetched.ok) {
        summary.unreachable++;
        fail(places, failureSource(places), fetched.problem);
      }
    }
  };

  const pool = new WorkerPool('documents', options.workers ?? defaultWorkerCount(), {
    documents: {
      limits,
      archive: readLimits,
      ocr: options.ocr === true,
      ...(options.now && { now: options.now.toISOString() }),
    },
  });
  try {
    // A round reads what is pending; the files of the archives it opened are read in the next.
    do {
      handled = 0;
      summary.rounds++;
      for await (const record of pool.map(work())) {
        await settleSkipped();
        const places = sent.shift()!;
        await finish(places, documentResultRow({ ...record, sha256: places.sha256 }), record);
        progress();
      }
      await settleSkipped();
      await flush();
      await writing;
    } while (handled > 0);
  } finally {
    await pool.close();
    await mail.close();
  }
  summary.signals = await runDocumentSignals(driver);
  summary.seconds = Math.round((performance.now() - started) / 10) / 100;
  return summary;
}
