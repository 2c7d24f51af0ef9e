/**
 * What every worker needs besides the work, as plain data (it crosses into worker threads as
 * workerData): the DKIM key store and whether DNS may be asked (parsing), the gazetteer of known
 * correspondents (entities). Each worker turns it into options once.
 */
import { KeyStore } from '../extract/dkim/key-store.js';
import type { DkimKeyRef } from '../extract/dkim/types.js';
import type { DocumentLimits } from '../extract/documents/limits.js';
import type { Gazetteer } from '../extract/entities/gazetteer/build-gazetteer.js';
import type { ProcessOptions } from '../extract/process-message.js';

export interface ProcessConfig {
  /** DKIM verification; absent to skip it (--no-verify). */
  dkim?: { keys: DkimKeyRef[]; allowDns: boolean };
  /** Full-name variants of every known correspondent, for entity extraction. */
  gazetteer?: Gazetteer;
  /** Document reading: limits (the time and memory ones are enforced by the pool), OCR, and the
   * "now" of the future-date check as an ISO string (default: when each document is read). */
  documents?: { limits?: Partial<DocumentLimits>; ocr?: boolean; now?: string };
}

export function processOptions(config: ProcessConfig): ProcessOptions {
  return config.dkim ? { verify: { keys: KeyStore.from(config.dkim.keys), allowDns: config.dkim.allowDns } } : {};
}
