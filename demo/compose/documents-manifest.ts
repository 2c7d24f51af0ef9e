/**
 * Demo mailbox: the `documents` part of manifest.json — every document of the demo (attachments
 * and loose files) with its SHA-256, the anomalies planted in it (none for an ordinary one), the
 * messages that carry it in time order and the loose places it lies in. Tests read the expected
 * anomalies and the "who had it when" order from here, never from leakgraph's own output.
 */
import { createHash } from 'node:crypto';

import { ATTACHMENTS } from '../scenario/attachments.js';
import type { LooseDocument } from '../scenario/loose-files.js';
import type { Composed } from './compose-thread.js';
import type { Placement } from './place.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bare = (id: string | undefined) => id?.replace(/^<|>$/g, '');

export interface DemoDocument {
  sha256: string;
  names: string[];
  planted: string[];
  /** Messages that carry it, earliest first: Message-ID, Date (UTC), the files holding a copy. */
  carriers: { messageId?: string; date: string; subject: string; files: string[] }[];
  /** Loose places: file path under demo/mailbox, and the entry when inside an archive. */
  loose: { path: string; entry?: string }[];
}

export function documentsManifest(
  messages: Composed[],
  placements: Placement[],
  loose: readonly LooseDocument[],
): DemoDocument[] {
  const byHash = new Map<string, DemoDocument>();
  const entry = (bytes: Buffer, planted: readonly string[]) => {
    const hash = sha256(bytes);
    const found = byHash.get(hash) ?? {
      sha256: hash,
      names: [],
      planted: [...planted].sort(),
      carriers: [],
      loose: [],
    };
    byHash.set(hash, found);
    return found;
  };
  for (const m of [...messages].sort((a, b) => a.moment.utcMs - b.moment.utcMs)) {
    for (const a of m.attachments) {
      const file = ATTACHMENTS[a.file]!;
      const d = entry(file.bytes, file.planted);
      if (!d.names.includes(a.name)) d.names.push(a.name);
      const messageId = bare(m.messageId);
      d.carriers.push({
        ...(messageId && { messageId }),
        date: new Date(m.moment.utcMs).toISOString(),
        subject: m.subject,
        files: placements.filter((p) => p.message === m).map((p) => p.path),
      });
    }
  }
  for (const l of loose) {
    const d = entry(l.bytes, l.planted);
    const name = l.entry ?? l.path.split('/').at(-1)!;
    if (!d.names.includes(name)) d.names.push(name);
    d.loose.push({ path: l.path, ...(l.entry && { entry: l.entry }) });
  }
  return [...byHash.values()].sort((a, b) => (a.names[0]! < b.names[0]! ? -1 : a.names[0]! > b.names[0]! ? 1 : 0));
}
