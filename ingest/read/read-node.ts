/**
 * ① read: one input → RawMessages, by the format its first bytes show (detect.ts). Containers
 * are opened and their entries read by the same function, so archives nest to any depth up to
 * maxArchiveDepth. A document (an office file, a PDF, a picture: loose-document.ts) is reported as
 * one, not read here. What goes wrong with one input is reported with where it happened, and the
 * caller goes on with the next.
 */
import type { RawMessage } from '../model.js';
import { type ChildEntry, type ContainerFormat, type ReadContext, childRef, describeRef } from './container.js';
import { type DetectedFormat, detectFormat, unsupportedFormatName } from './detect.js';
import { LimitExceededError, UnsupportedFormatError, errorText } from './errors.js';
import type { InputNode } from './input-node.js';
import { asDocument, looseDocumentType, packageType } from './loose-document.js';
import { readMbox } from './read-mbox.js';
import { readMessageFile } from './read-message-file.js';
import { gzipChildren } from './read-gzip.js';

// The Outlook and archive readers load the first time such a file is met: their libraries (msgreader,
// pst-extractor, yauzl, tar-stream: ~150 ms of imports) would otherwise delay every ingest, a folder
// of ten .eml files included, before its first message is read (issue 13).
async function* readMsg(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  yield* (await import('./read-msg.js')).readMsg(node, ctx);
}
async function* readPst(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  yield* (await import('./read-pst.js')).readPst(node, ctx);
}
async function* zipChildren(node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  yield* (await import('./read-zip.js')).zipChildren(node, ctx);
}
async function* tarChildren(node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  yield* (await import('./read-tar.js')).tarChildren(node, ctx);
}

/** Names of zip-based office packages: such a zip is a document even when its first entry does not say so. */
export const PACKAGE_NAME = /\.(docx|docm|dotx|xlsx|xlsm|pptx|pptm|odt|ods|odp)$/i;

export function childrenOf(format: ContainerFormat, node: InputNode, ctx: ReadContext): AsyncGenerator<ChildEntry> {
  if (format === 'zip') return zipChildren(node, ctx);
  if (format === 'tar') return tarChildren(node, ctx);
  return gzipChildren(node, ctx);
}

async function* readContainer(format: ContainerFormat, node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  if (node.depth >= ctx.limits.maxArchiveDepth) {
    throw new LimitExceededError(
      'maxArchiveDepth',
      `${describeRef(node.ref)}: ${format} found ${node.depth} containers deep, not opened`,
      ctx.limits,
    );
  }
  for await (const entry of childrenOf(format, node, ctx)) {
    let child: InputNode;
    try {
      child = await entry.open();
    } catch (error) {
      ctx.events.onIssue({
        source: childRef(node, entry.label),
        stage: 'container',
        error: `cannot read entry: ${errorText(error)}`,
        lostMessage: true,
      });
      continue;
    }
    yield* readNode(child, ctx);
  }
}

function readerFor(format: DetectedFormat, node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> | undefined {
  switch (format) {
    case 'rfc822':
      return readMessageFile(node, ctx);
    case 'mbox':
      return readMbox(node, ctx);
    case 'msg':
      return readMsg(node, ctx);
    case 'pst':
      return readPst(node, ctx);
    case 'zip':
      // An Office package whose first entry is not the one detect.ts looks for is still a document.
      if (PACKAGE_NAME.test(node.name)) return asDocument(node, ctx, packageType(node.name));
      return readContainer(format, node, ctx);
    case 'tar':
    case 'gzip':
      return readContainer(format, node, ctx);
    case 'unsupported':
      throw new UnsupportedFormatError(
        `${unsupportedFormatName(node.head)}-compressed file: not supported, unpack it first and ingest the result`,
      );
    case 'document':
      return asDocument(node, ctx, packageType(node.name));
    default: {
      const type = looseDocumentType(node.head, node.name);
      if (type) return asDocument(node, ctx, type);
      ctx.events.onSkip(describeRef(node.ref), 'not a mail file');
      return undefined;
    }
  }
}

export async function* readNode(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  const format = detectFormat(node.head);
  const stage =
    format === 'zip' || format === 'tar' || format === 'gzip' || format === 'unsupported' ? 'container' : 'read';
  try {
    const reader = readerFor(format, node, ctx);
    if (reader) yield* reader;
  } catch (error) {
    ctx.events.onIssue({ source: node.ref, stage, error: errorText(error), lostMessage: true });
  } finally {
    await node.source.discard();
  }
}
