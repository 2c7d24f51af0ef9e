/**
 * What follows the batches: the derive step (ingest/write/derive.ts: conflicts, persons, counts,
 * threads, verification, for what the batches touched), the document pass (documents not read yet:
 * document-pass.ts), then the entity pass (names in the messages that are new or that may name a
 * changed person). An ingest runs it once its batches are in — for a
 * split ingest, the part that finishes last — and `leakgraph derive` runs it alone.
 *
 * The document pass may write messages of its own (mail in archive documents, issue 12): the derive
 * runs again for their marks before the entity pass, which reads them like any new message.
 */
import type { ReadLimits } from './read/limits.js';
import type { Driver } from 'neo4j-driver';

import { buildBatch } from './batch/build-batch.js';
import { type DocumentPassSummary, runDocumentPass } from './document-pass.js';
import { type EntityPassSummary, type WarmEntityWorker, runEntityPass, sendCorrespondents } from './entity-pass.js';
import type { IngestIssue } from './model.js';
import { DocumentFailures } from './write/cleared-failures.js';
import type { DeriveOptions, DeriveSummary } from './write/derive.js';
import { type CorrespondentsByPerson, correspondentsAfter, readCorrespondentsByPerson } from './write/entities.js';
import type { GraphWriter } from './write/graph-writer.js';
import type { EntityExtractor } from './workers/entity-extractor.js';
import type { ProcessConfig } from './workers/process-config.js';

export interface DerivePassOptions {
  /** The run failures found by the entity pass are recorded under. */
  runId: string;
  workers: number;
  noEntities?: boolean;
  /** Skip the document pass (`--no-documents`); `leakgraph documents` runs it later. */
  noDocuments?: boolean;
  /** Read every document again, not only the pending ones (`--rebuild-documents`). */
  rebuildDocuments?: boolean;
  /** The read stage's archive limits, for archive documents too (issue 12). */
  readLimits?: ReadLimits;
  /** Derive the whole graph, not only what is marked (`leakgraph derive --all`). */
  everything?: boolean;
  /** How the document pass parses the mail it finds (the ingest's parse configuration: DKIM keys, limits). */
  parse?: ProcessConfig;
  /** An entity worker started ahead of the pass (workers/entity-worker.ts) or a resident extractor; the entity pass closes it. */
  entityWorker?: EntityExtractor;
  onStep?: (step: string) => void;
  onWait?: () => void;
  /** The run's parse workers stopping: awaited after the derive, before the passes start workers of their own. */
  parseWorkersClosed?: Promise<void>;
  onEntityProgress?: (done: number, total: number) => void;
  onDocumentProgress?: (done: number, total: number) => void;
}

export interface DerivePassSummary {
  derive: Pick<DeriveSummary, 'seconds' | 'steps' | 'everything' | 'persons' | 'counts'>;
  entities?: EntityPassSummary;
  documents?: DocumentPassSummary;
  /** Messages the entity pass and documents the document pass could not read (recorded as failures). */
  failures: IngestIssue[];
  /** Failures earlier passes recorded for documents this pass read and no longer met (write/cleared-failures.ts). */
  cleared: number;
}

/**
 * A derive's hooks that send the warm worker its correspondents (issue 13, ten new mails): all of them
 * are read as soon as the derive holds its lock, while its first steps run (a few new mails leave Neo4j
 * waiting on round trips), and once its persons are final only those it touched are read again.
 */
function correspondentsFor(
  driver: Driver,
  run: { warm: WarmEntityWorker },
): Pick<DeriveOptions, 'onLocked' | 'onPersons'> {
  let before: Promise<CorrespondentsByPerson | undefined> | undefined;
  return {
    onLocked: ({ everything }) => {
      // A failure here is a whole read after the persons step instead.
      if (!everything) before = readCorrespondentsByPerson(driver).catch(() => undefined);
    },
    onPersons: (touched) => {
      run.warm = sendCorrespondents(driver, run.warm, async () => correspondentsAfter(driver, await before, touched));
    },
  };
}

export async function runDerivePass(
  driver: Driver,
  writer: GraphWriter,
  options: DerivePassOptions,
): Promise<DerivePassSummary> {
  // A warm entity worker gets the correspondents as soon as the persons are final, and builds its
  // gazetteer while the derive's later steps and the document pass run (each derive sends them again).
  const run: { warm: WarmEntityWorker } | undefined = options.entityWorker && { warm: { pool: options.entityWorker } };
  const derived = await writer.derive({
    ...(options.everything && { everything: true }),
    ...(options.onStep && { onStep: options.onStep }),
    ...(options.onWait && { onWait: options.onWait }),
    ...(run && correspondentsFor(driver, run)),
  });
  await options.parseWorkersClosed;
  const { seconds, steps, everything, persons, counts } = derived;
  const summary: DerivePassSummary = {
    derive: { seconds, steps, everything, persons, counts },
    failures: [],
    cleared: 0,
  };
  const documentFailures = options.noDocuments
    ? undefined
    : await DocumentFailures.start(driver, !!options.rebuildDocuments);
  const onFailure = (issue: IngestIssue) => summary.failures.push(issue);
  if (!options.noDocuments)
    summary.documents = await runDocumentPass(driver, {
      workers: options.workers,
      onFailure,
      ...(documentFailures && { onDocumentRead: documentFailures.onDocumentRead }),
      ...(options.rebuildDocuments && { rebuild: true }),
      ...(options.readLimits && { readLimits: options.readLimits }),
      ...(options.onDocumentProgress && { onProgress: options.onDocumentProgress }),
      mail: { writer, runId: options.runId, ...(options.parse && { parse: options.parse }) },
    });
  if (summary.documents?.mail.seen) {
    // Mail found in documents may add persons or change them: their correspondents are sent again.
    const again = await writer.derive({
      ...(options.onStep && { onStep: options.onStep }),
      ...(options.onWait && { onWait: options.onWait }),
      ...(run && correspondentsFor(driver, run)),
    });
    summary.derive.seconds += again.seconds;
  }
  if (!options.noEntities)
    summary.entities = await runEntityPass(driver, {
      workers: options.workers,
      onFailure,
      ...(run && { warm: run.warm }),
      ...(options.onEntityProgress && { onProgress: options.onEntityProgress }),
    });
  // Failures found after the batches are written as a batch of their own (messages: none).
  if (summary.failures.length) await writer.writeBatch(buildBatch([], summary.failures, [], 'pass'), options.runId);
  // Once this pass's failures are written: those it met again carry this run, the others are cleared.
  summary.cleared = (await documentFailures?.finish(driver, options.runId)) ?? 0;
  return summary;
}
