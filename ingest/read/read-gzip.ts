/**
 * ① read: a gzip file (node:zlib) as a container of one entry, its decompressed content:
 * alice.mbox.gz holds "alice.mbox", dump.tgz holds "dump.tar". Streamed, and every byte
 * decompressed is counted against the outermost archive's budget (gzip bombs).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

import { type ChildEntry, type ReadContext, budgetOf, childNode, countEntry, describeRef } from './container.js';
import { LimitExceededError } from './errors.js';
import { type InputNode, chargeBudget, peekStream } from './input-node.js';

/** The name of the content: the file name less ".gz" (".tgz" → ".tar"); the name itself when it has no such ending. */
export function gunzippedName(name: string): string {
  if (/\.tgz$/i.test(name)) return name.replace(/\.tgz$/i, '.tar');
  const stripped = name.replace(/\.(gz|gzip)$/i, '');
  return stripped || name;
}

export async function* gzipChildren(node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  countEntry(node, ctx);
  const budget = budgetOf(node);
  const label = gunzippedName(node.name);
  const gunzip = createGunzip();
  const feeding = pipeline(Readable.from(node.source.stream()), gunzip).catch(() => {
    // The same error reaches whoever reads the decompressed stream, which reports it.
  });
  try {
    yield {
      label,
      open: async () => {
        const what = `${describeRef({ path: node.ref.path, entries: [...node.ref.entries, label] })}: decompressing stopped`;
        const charged = chargeBudget(
          gunzip,
          budget,
          ctx.limits.maxArchiveBytes,
          () => new LimitExceededError('maxArchiveBytes', what, ctx.limits),
        );
        const { head, source } = await peekStream(charged);
        return childNode(node, 'gzip', label, label, head, source);
      },
    };
  } finally {
    gunzip.destroy();
    await feeding;
  }
}
