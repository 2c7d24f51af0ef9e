/**
 * What every parse worker needs besides the messages, as plain data (it crosses into worker threads
 * as workerData): the DKIM key store and whether DNS may be asked. Each worker turns it into
 * ProcessOptions once.
 */
import { KeyStore } from '../extract/dkim/key-store.js';
import type { DkimKeyRef } from '../extract/dkim/types.js';
import type { ProcessOptions } from '../extract/process-message.js';

export interface ProcessConfig {
  /** DKIM verification; absent to skip it (--no-verify). */
  dkim?: { keys: DkimKeyRef[]; allowDns: boolean };
}

export function processOptions(config: ProcessConfig): ProcessOptions {
  return config.dkim ? { verify: { keys: KeyStore.from(config.dkim.keys), allowDns: config.dkim.allowDns } } : {};
}
