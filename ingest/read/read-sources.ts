/**
 * ① read: paths on the command line → RawMessage stream. Each file is sniffed and handed to the
 * reader for its format; what is not mail is skipped (and said so), what cannot be read is
 * reported, and the walk goes on.
 */
import { open, readFile, stat } from 'node:fs/promises';

import type { RawMessage, ReadEvents } from '../model.js';
import { type DetectedFormat, SNIFF_BYTES, detectFormat } from './detect.js';
import { looksLikeMaildirFile, mailboxOf } from './mailbox-path.js';
import { type FoundFile, walkFiles } from './walk.js';

export interface ReadLimits {
  /** A single message larger than this is reported, not parsed. */
  maxMessageBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  // Real mail with attachments reaches tens of MB; beyond this it is a disk image, not a message.
  maxMessageBytes: 64 * 1024 * 1024,
};

export interface FileContext {
  found: FoundFile;
  size: number;
  head: Uint8Array;
  events: ReadEvents;
  limits: ReadLimits;
}

export type FileReader = (ctx: FileContext) => AsyncIterable<RawMessage>;

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    return { head, size };
  } finally {
    await handle.close();
  }
}

/** One file, one message: .eml files and maildir entries. */
async function* readSingleMessage(ctx: FileContext): AsyncGenerator<RawMessage> {
  const { found, size, events, limits } = ctx;
  const maildir = looksLikeMaildirFile(found);
  const source = { path: found.path, entries: [], format: maildir ? ('maildir' as const) : ('eml' as const), ...mailboxOf(found) };
  if (size > limits.maxMessageBytes) {
    events.onIssue({ source, stage: 'read', error: `message of ${size} bytes is over the ${limits.maxMessageBytes}-byte limit (--max-message-mb)`, lostMessage: true });
    return;
  }
  const bytes = await readFile(found.path);
  events.onBytes?.(size);
  yield { bytes, source };
}

const READERS: Partial<Record<DetectedFormat, FileReader>> = {
  rfc822: readSingleMessage,
};

/** Total size of the files under `paths`, for the progress bar (a quick stat-only walk). */
export async function inputBytes(paths: string[]): Promise<number> {
  let total = 0;
  const quiet: ReadEvents = { onIssue: () => {}, onSkip: () => {} };
  for await (const found of walkFiles(paths, quiet)) {
    try {
      total += (await stat(found.path)).size;
    } catch {
      // reported by the real walk
    }
  }
  return total;
}

export async function* readSources(paths: string[], events: ReadEvents, limits: ReadLimits = DEFAULT_READ_LIMITS): AsyncGenerator<RawMessage> {
  for await (const found of walkFiles(paths, events)) {
    let head: Uint8Array;
    let size: number;
    try {
      ({ head, size } = await readHead(found.path));
    } catch (error) {
      events.onIssue({ source: { path: found.path, entries: [] }, stage: 'read', error: `cannot read: ${(error as Error).message}`, lostMessage: true });
      continue;
    }
    const format = detectFormat(head);
    const reader = READERS[format];
    if (!reader) {
      events.onBytes?.(size);
      events.onSkip(found.path, format === 'unknown' ? 'not a mail file' : `${format} files are not supported yet`);
      continue;
    }
    try {
      yield* reader({ found, size, head, events, limits });
    } catch (error) {
      events.onIssue({ source: { path: found.path, entries: [] }, stage: 'read', error: `${(error as Error).message}`, lostMessage: true });
    }
  }
}
