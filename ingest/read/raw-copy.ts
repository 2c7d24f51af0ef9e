/**
 * ① read: the original bytes of one copy, read again from its SourceRef, for
 * `leakgraph show <id> --raw` and the API's /raw endpoint: exactly the bytes the ingest read
 * (and hashed into Copy.sha256). The file is opened again, archive entries are followed down
 * the chain in SourceRef.entries, then:
 *   eml/maildir – the file itself;
 *   mbox        – the bytes at offset/length, unquoted by the file's variant (mbox-split.ts),
 *                 after checking that a separator line still stands right before them;
 *   pst         – the item with descriptor node id `position`, rebuilt as RFC 5322;
 *   msg         – the .msg rebuilt; for both, entries left after the file are the labels of
 *                 embedded messages, followed down.
 * A source that is gone throws SourceMissingError; one that no longer holds the same bytes
 * (another format, a moved mbox boundary, a different sha256 when one is given) SourceChangedError.
 * readRawFile does the same for a loose document (issue 12): the file or archive entry, whole.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

import type { SourceRef } from '../model.js';
import { type ContainerFormat, type ReadContext, describeRef } from './container.js';
import { detectFormat } from './detect.js';
import { SourceChangedError, SourceMissingError } from './errors.js';
import type { InputNode } from './input-node.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.js';
import { mboxVariantOf, unquoteMbox } from './mbox-split.js';
import { msgItem, parseMsg } from './msg-item.js';
import { embeddedItem } from './outlook-messages.js';
import { composeItem } from './outlook-mime.js';
import type { OutlookItem } from './outlook-item.js';
import { loadPstItem, openPst, quietly } from './pst-file.js';
import { pstItem } from './pst-item.js';
import { openDiskNode } from './read-sources.js';
import { childrenOf } from './read-node.js';

export interface RawCopyOptions {
  limits?: ReadLimits;
  /** When given, the bytes must hash to it (Copy.sha256), or SourceChangedError. */
  sha256?: string;
}

const CONTAINERS = new Set(['zip', 'tar', 'gzip']);
// How far before an mbox message its separator line may start ("From " + address + date).
const SEPARATOR_WINDOW = 4096;

function where(source: SourceRef): string {
  return describeRef(source) + (source.position ? ` #${source.position}` : '');
}

async function collect(
  stream: AsyncIterable<Buffer>,
  from: number,
  to: number,
): Promise<{ before: Buffer; bytes: Buffer }> {
  const start = Math.max(0, from - SEPARATOR_WINDOW);
  const parts: Buffer[] = [];
  let at = 0;
  for await (const chunk of stream) {
    const s = Math.max(start, at);
    const e = Math.min(to, at + chunk.length);
    if (s < e) parts.push(chunk.subarray(s - at, e - at));
    at += chunk.length;
    if (at >= to) break;
  }
  const all = Buffer.concat(parts);
  return { before: all.subarray(0, from - start), bytes: all.subarray(from - start) };
}

async function mboxBytes(node: InputNode, source: SourceRef): Promise<Buffer> {
  const { offset, length } = source;
  if (offset === undefined || length === undefined)
    throw new SourceChangedError(`${where(source)}: an mbox copy without offset and length`);
  const end = offset + length;
  if (node.source.size !== undefined && end > node.source.size)
    throw new SourceChangedError(
      `${where(source)}: the mbox is now ${node.source.size} bytes, the message ended at ${end}`,
    );
  let got: { before: Buffer; bytes: Buffer };
  if (node.source.diskPath) {
    const handle = await open(node.source.diskPath, 'r');
    try {
      const start = Math.max(0, offset - SEPARATOR_WINDOW);
      const buf = Buffer.alloc(end - start);
      const { bytesRead } = await handle.read(buf, 0, buf.length, start);
      got = { before: buf.subarray(0, offset - start), bytes: buf.subarray(offset - start, bytesRead) };
    } finally {
      await handle.close();
    }
  } else got = await collect(node.source.stream(), offset, end);
  const lines = got.before.toString('latin1').split('\n');
  const separator = lines.at(-2) ?? '';
  if (
    got.bytes.length !== length ||
    lines.at(-1) !== '' ||
    !separator.replace(/^\uFEFF|^\xef\xbb\xbf/, '').startsWith('From ')
  ) {
    throw new SourceChangedError(`${where(source)}: no mbox separator line right before offset ${offset} any more`);
  }
  return unquoteMbox(got.bytes, mboxVariantOf(node.name, node.head));
}

async function outlookBytes(node: InputNode, source: SourceRef, labels: string[], ctx: ReadContext): Promise<Buffer> {
  let item: OutlookItem;
  if (source.format === 'pst') {
    const pst = await openPst(node, ctx);
    try {
      const message = loadPstItem(pst, source.position ?? '');
      if (!message) throw new SourceMissingError(`${where(source)}: no item ${source.position} in the PST any more`);
      item = quietly(() => pstItem(message)).value;
    } finally {
      pst.close();
    }
  } else {
    const bytes = await node.source.bytes(ctx.limits.maxMessageBytes);
    if (!bytes) throw new SourceChangedError(`${where(source)}: the .msg file is now over the limit on one message`);
    const { reader, data } = parseMsg(bytes);
    item = msgItem(reader, data);
  }
  const inner = embeddedItem(item, labels);
  if (!inner) throw new SourceMissingError(`${where(source)}: no embedded message ${labels.join(' » ')} any more`);
  return composeItem(inner);
}

type Leaf = (node: InputNode, rest: string[]) => Promise<Buffer>;

/**
 * Follows the archive entries `rest` down from `node` through zip, tar and gzip layers, then hands
 * the node reached, and the labels left (embedded Outlook messages), to `leaf`.
 */
async function descend(node: InputNode, rest: string[], ctx: ReadContext, where: string, leaf: Leaf): Promise<Buffer> {
  const format = detectFormat(node.head);
  if (rest.length > 0 && CONTAINERS.has(format)) {
    const label = rest[0]!;
    for await (const entry of childrenOf(format as ContainerFormat, node, ctx)) {
      if (entry.label !== label) continue;
      const child = await entry.open();
      try {
        return await descend(child, rest.slice(1), ctx, where, leaf);
      } finally {
        await child.source.discard();
      }
    }
    throw new SourceMissingError(`${where}: no entry ${JSON.stringify(label)} in ${describeRef(node.ref)} any more`);
  }
  return leaf(node, rest);
}

async function messageBytes(node: InputNode, source: SourceRef, rest: string[], ctx: ReadContext): Promise<Buffer> {
  const format = detectFormat(node.head);
  const expected = { eml: 'rfc822', maildir: 'rfc822', mbox: 'mbox', pst: 'pst', msg: 'msg' }[source.format];
  if (format !== expected)
    throw new SourceChangedError(
      `${where(source)}: was ${source.format}, ${describeRef(node.ref)} now looks like ${format}`,
    );
  if (source.format === 'pst' || source.format === 'msg') return outlookBytes(node, source, rest, ctx);
  if (rest.length > 0)
    throw new SourceMissingError(`${where(source)}: ${describeRef(node.ref)} is not an archive any more`);
  if (source.format === 'mbox') return mboxBytes(node, source);
  const bytes = await node.source.bytes(ctx.limits.maxMessageBytes);
  if (!bytes) throw new SourceChangedError(`${where(source)}: the file is now over the limit on one message`);
  return bytes;
}

/** Opens `ref.path` again, reads what `leaf` reads at the end of `ref.entries`, checks the hash when given. */
async function readAgain(
  ref: { path: string; entries: string[] },
  place: string,
  options: RawCopyOptions,
  leaf: (node: InputNode, rest: string[], ctx: ReadContext) => Promise<Buffer>,
): Promise<Buffer> {
  const issues: string[] = [];
  const ctx: ReadContext = {
    limits: options.limits ?? DEFAULT_READ_LIMITS,
    events: { onIssue: (issue) => issues.push(issue.error), onSkip: () => {} },
  };
  let node: InputNode;
  try {
    ({ node } = await openDiskNode({ path: ref.path, root: dirname(ref.path), relative: basename(ref.path) }));
  } catch (error) {
    throw new SourceMissingError(`${place}: cannot open the file: ${(error as Error).message}`);
  }
  let bytes: Buffer;
  try {
    bytes = await descend(node, ref.entries, ctx, place, (reached, rest) => leaf(reached, rest, ctx));
  } catch (error) {
    if (issues.length > 0 && error instanceof Error) error.message += ` (on the way: ${issues.slice(0, 3).join('; ')})`;
    throw error;
  } finally {
    await node.source.discard();
  }
  if (options.sha256) {
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== options.sha256)
      throw new SourceChangedError(`${place}: the bytes now hash to ${actual}, the ingest read ${options.sha256}`);
  }
  return bytes;
}

export async function readRawCopy(source: SourceRef, options: RawCopyOptions = {}): Promise<Uint8Array> {
  return readAgain(source, where(source), options, (node, rest, ctx) => messageBytes(node, source, rest, ctx));
}

/**
 * A loose document's bytes (issue 12), read again from its file or archive entry: the whole file,
 * at most `maxBytes`. Same errors as readRawCopy.
 */
export async function readRawFile(
  place: { path: string; entries: string[] },
  options: RawCopyOptions & { maxBytes: number },
): Promise<Uint8Array> {
  const at = describeRef(place);
  return readAgain(place, at, options, async (node, rest) => {
    if (rest.length > 0) throw new SourceMissingError(`${at}: ${describeRef(node.ref)} is not an archive any more`);
    const bytes = await node.source.bytes(options.maxBytes);
    if (!bytes) throw new SourceChangedError(`${at}: the file is now over ${options.maxBytes} bytes`);
    return bytes;
  });
}
