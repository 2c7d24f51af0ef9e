/**
 * ③ extract: what the parse worker adds to a copy for issue 7 — its DKIM result and its signals —
 * from the raw bytes (which are dropped after parsing) and the parsed message. Never throws: a
 * verification bug must not cost the message, it leaves the copy unverifiable and says why.
 */
import type { ParsedMessage } from '../../model.js';
import { copySignals } from '../signals/copy-signals.js';
import type { CopySignals } from '../signals/types.js';
import type { CopyDkim } from './types.js';
import { type VerifyOptions, verifyCopy } from './verify-dkim.js';

export interface CopyVerification {
  dkim: CopyDkim;
  signals: CopySignals;
}

export async function checkCopy(
  bytes: Uint8Array,
  parsed: ParsedMessage,
  options: VerifyOptions,
): Promise<CopyVerification> {
  let dkim: CopyDkim;
  try {
    dkim = await verifyCopy(bytes, options);
  } catch (error) {
    dkim = {
      status: 'unverifiable',
      reason: `verification failed: ${(error as Error).message}`,
      fromDomain: null,
      signatures: [],
      keys: [],
    };
  }
  return { dkim, signals: copySignals(parsed, dkim) };
}
