/**
 * ③ extract (documents): why a document could not be read, as typed errors. Format readers throw
 * them; readDocument turns each into the record's status and reason, so no reader decides how a
 * failure is recorded and none escapes as a crash.
 */
import type { DocumentStatus } from './types.js';

/** A document that is what it says but cannot be read as a whole; `status` says how. */
export class DocumentReadError extends Error {
  override readonly name: string = 'DocumentReadError';
  constructor(
    readonly status: Exclude<DocumentStatus, 'ok'>,
    message: string,
  ) {
    super(message);
  }
}

/** Password protection, with each fact that shows it. */
export class DocumentEncryptedError extends DocumentReadError {
  override readonly name = 'DocumentEncryptedError';
  constructor(readonly evidence: string[]) {
    super('encrypted', `password-protected (${evidence.join('; ')})`);
  }
}

/** A structure or size bound was hit: the message names the limit and the value seen. */
export class DocumentLimitError extends DocumentReadError {
  override readonly name = 'DocumentLimitError';
  constructor(
    readonly limit: string,
    message: string,
    status: 'too-complex' | 'oversize' | 'timeout' = 'too-complex',
  ) {
    super(status, message);
  }
}

/** Checks the wall-clock budget between units of work (pages, parts). */
export class Deadline {
  private readonly end: number;
  constructor(readonly limitMs: number) {
    this.end = performance.now() + limitMs;
  }
  check(where: string): void {
    if (performance.now() > this.end) {
      throw new DocumentLimitError(
        'timeLimitMs',
        `time limit of ${this.limitMs} ms reached while reading ${where}`,
        'timeout',
      );
    }
  }
}
