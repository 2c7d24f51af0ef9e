/**
 * ① read: opening a .pst/.ost with pst-extractor, and the few things its API leaves to us.
 *
 * - On disk the PST is read at random through a file descriptor (a 20 GB PST costs no memory);
 *   inside an archive it is held in memory, up to maxBufferedBytes.
 * - "High" (cyclic) encryption is not supported by pst-extractor: a clear error, not garbage.
 * - The PST password (PidTagPstPassword, a CRC of it on the message store) only makes Outlook ask
 *   for it; the data is not encrypted with it. The file is read, and an issue says it had one.
 * - pst-extractor writes its own diagnostics to the console and skips items it cannot load.
 *   Its calls are synchronous, so they are run with the console captured (nothing can interleave),
 *   and what it said becomes part of our issue instead of noise on the analyst's terminal.
 */
import Long from 'long';
import { PSTFile, type PSTFolder, type PSTMessage } from 'pst-extractor';
import { PSTUtil } from 'pst-extractor/dist/PSTUtil.class.js';

import { type ReadContext, describeRef } from './container.js';
import { LimitExceededError, UnsupportedFormatError } from './errors.js';
import { type InputNode, holdInMemory } from './input-node.js';

const ENCRYPTION_HIGH = 2;
const PR_PST_PASSWORD = 0x67ff;
const NID_TYPE_SEARCH_FOLDER = 0x03;

/** Runs a synchronous pst-extractor call with the console captured. */
export function quietly<T>(call: () => T): { value: T; said: string[] } {
  const said: string[] = [];
  const saved = {
    log: console.log,
    error: console.error,
    warn: console.warn,
    info: console.info,
    debug: console.debug,
  };
  const capture = (...args: unknown[]) => {
    said.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  };
  console.log = console.error = console.warn = console.info = console.debug = capture;
  try {
    return { value: call(), said };
  } finally {
    Object.assign(console, saved);
  }
}

/** From the header: "SM" marks a PST, "SO" an OST; version 14/15 is the ANSI (Outlook 97–2002) format. */
export function pstKind(head: Uint8Array): { ost: boolean; ansi: boolean } {
  const version = head[10]! | (head[11]! << 8);
  return { ost: head[8] === 0x53 && head[9] === 0x4f, ansi: version === 14 || version === 15 };
}

export async function openPst(node: InputNode, ctx: ReadContext): Promise<PSTFile> {
  let pst: PSTFile;
  const open = (from: string | Buffer) => {
    try {
      return quietly(() => new PSTFile(from as string)).value;
    } catch (error) {
      const ansi = pstKind(node.head).ansi ? ' (ANSI, Outlook 97–2002 format)' : '';
      throw new UnsupportedFormatError(
        `pst-extractor cannot read this PST${ansi}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  if (node.source.diskPath) pst = open(node.source.diskPath);
  else {
    const bytes = await holdInMemory(node, ctx.limits.maxBufferedBytes);
    if (!bytes)
      throw new LimitExceededError(
        'maxBufferedBytes',
        `${describeRef(node.ref)}: a PST inside an archive is read in memory; unpack the archive first, or`,
        ctx.limits,
      );
    pst = open(bytes);
  }
  if (pst.encryptionType === ENCRYPTION_HIGH) {
    pst.close();
    throw new UnsupportedFormatError(
      `${describeRef(node.ref)}: PST with "high" (cyclic) encryption, which pst-extractor cannot decode`,
    );
  }
  return pst;
}

/** Whether the message store of a PST (not an OST, where the property means something else) carries a password. */
export function hasPassword(pst: PSTFile, head: Uint8Array): boolean {
  if (pstKind(head).ost) return false;
  const store = quietly(() => pst.getMessageStore()).value as unknown as {
    pstTableItems: Map<number, { entryValueReference: number }> | null;
  };
  return (store.pstTableItems?.get(PR_PST_PASSWORD)?.entryValueReference ?? 0) !== 0;
}

// Folders whose items are not mail: items pst-extractor cannot load there are not counted as lost mail.
const NON_MAIL_FOLDER = /^IPF\.(Appointment|Contact|Task|StickyNote|Journal)/i;

export function isNonMailFolder(folder: PSTFolder): boolean {
  return NON_MAIL_FOLDER.test(folder.containerClass ?? '');
}

/** Search folders list items stored in other folders: reading them would read those items twice. */
export function isSearchFolder(folder: PSTFolder): boolean {
  return folder.getNodeType() === NID_TYPE_SEARCH_FOLDER;
}

/** Loads one item by its descriptor node id (SourceRef.position), or undefined when there is none. */
export function loadPstItem(pst: PSTFile, nid: string): PSTMessage | undefined {
  if (!/^\d+$/.test(nid)) return undefined;
  try {
    const item = quietly(() => PSTUtil.detectAndLoadPSTObject(pst, Long.fromString(nid))).value as unknown;
    return item && typeof item === 'object' && 'messageClass' in item ? (item as PSTMessage) : undefined;
  } catch {
    return undefined;
  }
}
