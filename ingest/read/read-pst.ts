/**
 * ① read: a .pst/.ost → RawMessages. Every folder is walked in the PST's own order (search
 * folders excepted, their items live elsewhere), keeping the folder path. Each e-mail item is
 * rebuilt as RFC 5322 (outlook-mime.ts); contacts, appointments, tasks, notes and distribution
 * lists are reported as skipped with their class. SourceRef.position is the item's descriptor
 * node id, which readRawCopy uses to load it again.
 *
 * Accounting: a folder says how many items it holds; items pst-extractor could not load are
 * reported one issue each, with what pst-extractor said about them.
 */
import type { PSTFile, PSTFolder, PSTMessage } from 'pst-extractor';

import type { RawMessage, SourceRef } from '../model.js';
import { capName } from '../text-caps.js';
import { type ReadContext, describeRef } from './container.js';
import { errorText } from './errors.js';
import type { InputNode } from './input-node.js';
import { placeOf } from './mailbox-path.js';
import { isMailClass } from './outlook-item.js';
import { outlookMessages } from './outlook-messages.js';
import { hasPassword, isNonMailFolder, isSearchFolder, loadPstItem, openPst, quietly } from './pst-file.js';
import { declaredPstSize, pstItem } from './pst-item.js';

const NID_TYPE_NORMAL_MESSAGE = 0x04;

interface Walk {
  pst: PSTFile;
  node: InputNode;
  ctx: ReadContext;
  mailbox: string;
  folderBase: string[];
}

function sourceOf(walk: Walk, path: string[], nid: string): SourceRef {
  const folder = capName([...walk.folderBase, ...path].join('/'));
  return {
    path: walk.node.ref.path,
    entries: walk.node.ref.entries,
    format: 'pst',
    position: nid,
    mailbox: walk.mailbox,
    ...(folder && { folder }),
  };
}

function* readItem(walk: Walk, item: PSTMessage, path: string[]): Generator<RawMessage> {
  const { ctx } = walk;
  const nid = item.descriptorNodeId.toString();
  const source = sourceOf(walk, path, nid);
  const where = `${describeRef(walk.node.ref)} » ${path.join('/')} #${nid}`;
  if (!isMailClass(item.messageClass)) {
    ctx.events.onSkip(where, `Outlook item of class ${item.messageClass || '(none)'} (not an e-mail)`);
    return;
  }
  let messages: RawMessage[];
  try {
    const size = quietly(() => declaredPstSize(item)).value;
    if (size > ctx.limits.maxMessageBytes) {
      ctx.events.onIssue({
        source,
        stage: 'read',
        error: `item of ${size} bytes is over the ${ctx.limits.maxMessageBytes}-byte limit on one message (raise it with --max-message-mb)`,
        lostMessage: true,
      });
      return;
    }
    const { value: outlook } = quietly(() => pstItem(item));
    messages = [...outlookMessages(outlook, source, 'pst', (where, reason) => ctx.events.onSkip(where, reason))];
  } catch (error) {
    ctx.events.onIssue({
      source,
      stage: 'read',
      error: `cannot read PST item: ${errorText(error)}`,
      lostMessage: true,
    });
    return;
  }
  yield* messages;
}

/**
 * The items of a folder: from its contents table, then, when the table ends early (pst-extractor
 * misreads some multi-block tables), the rest from the descriptor tree, as pst-extractor's own
 * fallback does; in both cases in the PST's order.
 */
function* folderItems(walk: Walk, folder: PSTFolder, said: string[]): Generator<PSTMessage> {
  const seen = new Set<string>();
  while (seen.size < folder.contentCount) {
    let item: PSTMessage | null;
    try {
      const next = quietly(() => folder.getNextChild() as PSTMessage | null);
      said.push(...next.said);
      item = next.value;
    } catch (error) {
      said.push(errorText(error));
      item = null;
    }
    if (!item) break;
    seen.add(item.descriptorNodeId.toString());
    yield item;
  }
  if (seen.size >= folder.contentCount) return;
  const children = quietly(() => walk.pst.getChildDescriptorTree().get(folder.descriptorNodeId.toNumber()) ?? []).value;
  for (const child of children) {
    const nid = String(child.descriptorIdentifier);
    if ((child.descriptorIdentifier & 0x1f) !== NID_TYPE_NORMAL_MESSAGE || seen.has(nid)) continue;
    const item = loadPstItem(walk.pst, nid);
    if (!item) continue;
    seen.add(nid);
    yield item;
  }
}

function* readFolder(walk: Walk, folder: PSTFolder, path: string[]): Generator<RawMessage> {
  if (isSearchFolder(folder)) return;
  const expected = folder.contentCount;
  let got = 0;
  const said: string[] = [];
  for (const item of folderItems(walk, folder, said)) {
    got++;
    yield* readItem(walk, item, path);
  }
  const why = `PST folder lists ${expected} items, ${got} could be loaded${said.length ? `: ${said.join('; ').slice(0, 500)}` : ''}`;
  if (got < expected && isNonMailFolder(folder)) {
    // A calendar or contacts folder: what was lost is not mail, said once.
    walk.ctx.events.onIssue({
      source: sourceOf(walk, path, `items ${got + 1}-${expected}`),
      stage: 'read',
      error: `${why} (a ${folder.containerClass} folder: not mail)`,
      lostMessage: false,
    });
  } else {
    for (let missing = got; missing < expected; missing++) {
      walk.ctx.events.onIssue({
        source: sourceOf(walk, path, `item ${missing + 1} of ${expected}`),
        stage: 'read',
        error: why,
        lostMessage: true,
      });
    }
  }
  if (!folder.hasSubfolders) return;
  const { value: subfolders } = quietly(() => folder.getSubFolders());
  for (const sub of subfolders) yield* readFolder(walk, sub, [...path, sub.displayName || '(unnamed)']);
}

export async function* readPst(node: InputNode, ctx: ReadContext): AsyncGenerator<RawMessage> {
  const pst: PSTFile = await openPst(node, ctx);
  try {
    if (hasPassword(pst, node.head)) {
      ctx.events.onIssue({
        source: node.ref,
        stage: 'read',
        error: `${describeRef(node.ref)}: the PST is password-protected; Outlook's PST password does not encrypt the data, so it was read anyway`,
        lostMessage: false,
      });
    }
    const place = placeOf(node, 'mailbox-file');
    const walk: Walk = { pst, node, ctx, mailbox: place.mailbox, folderBase: place.folder };
    const { value: root } = quietly(() => pst.getRootFolder());
    // Yielding from a synchronous walk: each message is handed on before the next item is loaded.
    yield* readFolder(walk, root, []);
  } finally {
    pst.close();
    node.source.meter?.finish();
  }
}
