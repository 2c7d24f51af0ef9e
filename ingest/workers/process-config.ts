/**
 * What every worker needs besides the work, as plain data (it crosses into worker threads as
 * workerData): the DKIM key store and whether DNS may be asked (parsing), the known correspondents
 * (entities). Each worker turns it into options once.
 */
import { KeyStore } from '../extract/dkim/key-store.js';
import type { DkimKeyRef } from '../extract/dkim/types.js';
import type { DocumentLimits } from '../extract/documents/limits.js';
import type { Correspondent } from '../extract/entities/types.js';
import type { ProcessOptions } from '../extract/process-message.js';
import type { ReadLimits } from '../read/limits.js';
import type { AttachedLimits } from './attached-limits.js';

export interface ProcessConfig {
  /** DKIM verification; absent to skip it (--no-verify). */
  dkim?: { keys: DkimKeyRef[]; allowDns: boolean };
  /** Mail attached to mail (parsing): the bounds on its depth and number (default DEFAULT_ATTACHED_LIMITS). */
  attached?: AttachedLimits;
  /** Every known correspondent, for entity extraction: each thread that extracts builds the gazetteer from
   * them once, so the dictionaries that takes (~90 MB) load only where extraction runs, not in the main thread
   * too. Never a gazetteer built here: one cloned into a worker loses its null prototypes, and a lookup of a
   * word like "constructor" would then find Object's. */
  correspondents?: Correspondent[];
  /** Or as JSON (the resident extractor's host): one string crosses into the worker at once, where tens of
   * thousands of objects take ~0.1 s to clone; parsed there. */
  correspondentsJson?: string;
  /** Document reading: limits (the time and memory ones are enforced by the pool), OCR, and the
   * "now" of the future-date check as an ISO string (default: when each document is read), and the
   * bounds on archive documents (the read stage's, issue 12). */
  documents?: { limits?: Partial<DocumentLimits>; ocr?: boolean; now?: string; archive?: ReadLimits };
  /** Entity extraction: the time one message may take (enforced by the pool; default ENTITY_TIME_LIMIT_MS). */
  entities?: { timeLimitMs?: number };
  /** Load the entity extractor (its lexicons, ~1.3 CPU-s: entity-pass.ts) as the worker starts, before any work or
   * correspondents arrive: a pool started ahead of its pass (entity-worker.ts). */
  preloadExtractor?: boolean;
  /** Load the mail parser, DKIM and the attached-mail reader as the worker starts: a parse pool started ahead of
   * its run (parse-pool.ts), its settings sent later. */
  preloadMailReader?: boolean;
  /** Set by the pool for each worker of a task timed per item: the worker's ItemClock (item-clock.ts). */
  itemClock?: SharedArrayBuffer;
}

// The slowest real message takes well under a second (its own words are capped at 8,000 characters);
// ten seconds of one message is a pathological body, or a regular expression gone quadratic.
export const ENTITY_TIME_LIMIT_MS = 10_000;

export function processOptions(config: ProcessConfig): ProcessOptions {
  return config.dkim ? { verify: { keys: KeyStore.from(config.dkim.keys), allowDns: config.dkim.allowDns } } : {};
}
