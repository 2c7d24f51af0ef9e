/**
 * ① read: the entries of a tar stream (tar-stream), read in order and never written to disk.
 * A tar entry can only be read while the archive stands on it, so each entry is drained after
 * its reader is done (or when nobody opened it) before the archive moves on.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { extract as tarExtract } from 'tar-stream';

import { type ChildEntry, type ReadContext, childNode, childRef, countEntry, describeRef } from './container.js';
import { canonicalEntryName, EntryLabels, printableName } from './entry-names.js';
import { errorText } from './errors.js';
import { type InputNode, peekStream } from './input-node.js';

const FILE_TYPES = new Set(['file', 'contiguous-file', null, undefined]);
const LINK_TYPES = new Set(['link', 'symlink']);

/** An iterator that cannot be closed by its user: the archive drains it itself. */
function unclosable(it: AsyncIterator<Buffer>): AsyncIterable<Buffer> {
  return { [Symbol.asyncIterator]: () => ({ next: () => it.next() }) };
}

export async function* tarChildren(node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  const extract = tarExtract();
  const feeding = pipeline(Readable.from(node.source.stream()), extract).catch(() => {
    // The same error reaches the entry loop below, which reports it.
  });
  const labels = new EntryLabels();
  try {
    for await (const entry of extract) {
      const it = (entry as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      try {
        countEntry(node, ctx);
        const { header } = entry;
        if (header.type === 'directory') continue;
        let name: string;
        try {
          name = canonicalEntryName(header.name);
        } catch (error) {
          ctx.events.onIssue({
            source: childRef(node, printableName(header.name)),
            stage: 'container',
            error: errorText(error),
            lostMessage: true,
          });
          continue;
        }
        const label = labels.label(name);
        if (LINK_TYPES.has(header.type ?? '')) {
          ctx.events.onSkip(
            describeRef(childRef(node, label)),
            `${header.type} to ${JSON.stringify(header.linkname ?? '')} (links are not followed)`,
          );
          continue;
        }
        if (!FILE_TYPES.has(header.type)) {
          ctx.events.onSkip(describeRef(childRef(node, label)), `tar entry of type ${header.type} (not a file)`);
          continue;
        }
        yield {
          label,
          open: async () => {
            const { head, source } = await peekStream(unclosable(it), header.size ?? undefined);
            return childNode(node, 'tar', label, name, head, source);
          },
        };
      } finally {
        while (!(await it.next()).done);
      }
    }
  } finally {
    extract.destroy();
    await feeding;
  }
}
