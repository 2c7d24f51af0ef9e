/**
 * ① read: an Outlook item → the RawMessages it holds: itself, then every e-mail embedded in it
 * (attached messages, at any depth), each its own RawMessage whose SourceRef.entries ends with
 * the chain of attachment labels that leads to it.
 */
import type { RawMessage, SourceRef } from '../model.js';
import { composeItem } from './outlook-mime.js';
import { type OutlookItem, type OutlookPart, isMailClass } from './outlook-item.js';

export function* outlookMessages(
  item: OutlookItem,
  source: SourceRef,
  convertedFrom: 'pst' | 'msg',
  onSkip: (where: string, reason: string) => void,
): Generator<RawMessage> {
  yield { bytes: composeItem(item), source, convertedFrom };
  for (const part of item.parts) {
    if (part.kind !== 'message') continue;
    const inner: SourceRef = { ...source, entries: [...source.entries, part.label] };
    if (!isMailClass(part.item.messageClass)) {
      onSkip(
        [inner.path, ...inner.entries].join(' » '),
        `attached Outlook item of class ${part.item.messageClass || '(none)'} (not an e-mail)`,
      );
      continue;
    }
    yield* outlookMessages(part.item, inner, convertedFrom, onSkip);
  }
}

/** Follows a chain of attachment labels down embedded items; undefined when a label is not there. */
export function embeddedItem(item: OutlookItem, labels: string[]): OutlookItem | undefined {
  let current: OutlookItem | undefined = item;
  for (const label of labels) {
    const part: OutlookPart | undefined = current?.parts.find((p) => p.kind === 'message' && p.label === label);
    current = part?.kind === 'message' ? part.item : undefined;
  }
  return current;
}
