/**
 * ① read: whose mailbox and which folder a file belongs to, from its place in the tree.
 * `maildir/south-s/sent/1.` under root `maildir/` → mailbox "south-s", folder "sent".
 * A file directly under the root belongs to the root's own mailbox.
 */
import { basename, dirname } from 'node:path';

import type { FoundFile } from './walk.js';

export function mailboxOf(found: FoundFile): { mailbox: string; folder?: string } {
  const parts = found.relative.split('/').filter(Boolean);
  if (parts.length >= 2) {
    const folder = parts.slice(1, -1).join('/');
    return { mailbox: parts[0]!, ...(folder && { folder }) };
  }
  return { mailbox: basename(parts.length === 1 ? found.root : dirname(found.path)) };
}

/** Maildir files: "1.", "2." (the Enron CMU layout) or anything under cur/ or new/. */
export function looksLikeMaildirFile(found: FoundFile): boolean {
  const parts = found.relative.split('/');
  const name = parts.at(-1) ?? '';
  return /^\d+\.?$/.test(name) || ['cur', 'new'].includes(parts.at(-2) ?? '');
}
