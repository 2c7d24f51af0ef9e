/**
 * ① read: the errors readers raise, one class per kind so callers (and tests) can tell them
 * apart. Messages say where, what was expected and what came.
 */
import { type ReadLimits, describeLimit } from './limits.js';

/** A bound from ReadLimits was reached; the message names the limit and the option raising it. */
export class LimitExceededError extends Error {
  override name = 'LimitExceededError';
  constructor(
    readonly limit: keyof ReadLimits,
    what: string,
    limits: ReadLimits,
  ) {
    super(`${what}: over ${describeLimit(limits, limit)}`);
  }
}

/** An archive entry whose name would lead outside the archive (../, absolute, drive letter, NUL). */
export class UnsafeEntryNameError extends Error {
  override name = 'UnsafeEntryNameError';
}

/** A file format leakgraph recognises but cannot read (xz, 7z, encrypted PST…). */
export class UnsupportedFormatError extends Error {
  override name = 'UnsupportedFormatError';
}

/** A file of a format leakgraph reads whose structure is broken (cut short, overwritten): its reader's own words follow. */
export class DamagedFileError extends Error {
  override name = 'DamagedFileError';
}

/** readRawCopy: the file, archive entry or Outlook item a copy came from is no longer there. */
export class SourceMissingError extends Error {
  override name = 'SourceMissingError';
}

/** readRawCopy: the source is there but no longer holds the bytes that were ingested. */
export class SourceChangedError extends Error {
  override name = 'SourceChangedError';
}

export function errorText(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
