/**
 * Demo mailbox: manifest.json, the machine-readable list of the anomalies planted in the demo, with
 * the files that carry them. Tests check each claim against the files themselves; totals are never
 * taken from here.
 */
import { createHash } from 'node:crypto';

import { ATTACHMENTS } from '../scenario/attachments.js';
import { IDENTITIES } from '../scenario/people.js';
import { LOOSE_DOCUMENTS } from '../scenario/loose-files.js';
import type { Composed } from './compose-thread.js';
import { documentsManifest } from './documents-manifest.js';
import type { Placement } from './place.js';

export const TRACKER_HOST = 'tracker.example';

const bare = (id: string | undefined) => id?.replace(/^<|>$/g, '');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function filesOf(placements: Placement[], message: Composed, filter: (p: Placement) => boolean = () => true): string[] {
  return placements.filter((p) => p.message === message && filter(p)).map((p) => p.path);
}

function withQuirk(messages: Composed[], test: (m: Composed) => boolean): Composed {
  const found = messages.filter(test);
  if (found.length !== 1) throw new Error(`manifest: expected exactly one planted message, found ${found.length}`);
  return found[0]!;
}

/** Identities sharing one display name across several addresses, or one address under several names. */
function sharedNames() {
  const byName = new Map<string, Set<string>>();
  const byEmail = new Map<string, Set<string>>();
  for (const id of Object.values(IDENTITIES)) {
    byName.set(id.name, (byName.get(id.name) ?? new Set()).add(id.email));
    byEmail.set(id.email, (byEmail.get(id.email) ?? new Set()).add(id.name));
  }
  const twoAddresses = [...byName]
    .filter(([, emails]) => emails.size > 1)
    .map(([name, emails]) => ({ name, addresses: [...emails].sort() }));
  const twoSpellings = [...byEmail]
    .filter(([, names]) => names.size > 1)
    .map(([email, names]) => ({ email, names: [...names].sort() }));
  return { twoAddresses, twoSpellings };
}

export function buildManifest(messages: Composed[], placements: Placement[]) {
  const doctored = withQuirk(messages, (m) => !!m.spec.quirks?.doctored);
  const noId = withQuirk(messages, (m) => !!m.spec.quirks?.noMessageId);
  const badDate = withQuirk(messages, (m) => !!m.spec.quirks?.dateRaw);
  const tracker = withQuirk(messages, (m) => !!m.spec.htmlOnly);
  const alternative = withQuirk(messages, (m) => m.spec.html !== undefined && !m.spec.htmlOnly);
  const rawSubject = withQuirk(messages, (m) => !!m.spec.quirks?.rawSubject);

  // Attachment files sent by more than one message, with every file and name they travel under.
  const carriers = new Map<string, { file: string; name: string; messageId?: string }[]>();
  for (const m of messages) {
    const messageId = bare(m.messageId);
    for (const a of m.attachments) {
      for (const path of filesOf(placements, m)) {
        carriers.set(a.file, [
          ...(carriers.get(a.file) ?? []),
          { file: path, name: a.name, ...(messageId && { messageId }) },
        ]);
      }
    }
  }
  const shared = [...carriers].filter(([, list]) => new Set(list.map((c) => c.name)).size > 1);
  const { twoAddresses, twoSpellings } = sharedNames();

  return {
    about: 'Anomalies planted in the demo mailbox (demo/README.md). Paths are relative to demo/mailbox.',
    doctored: {
      messageId: bare(doctored.messageId),
      genuine: filesOf(placements, doctored, (p) => !p.doctored),
      doctored: filesOf(placements, doctored, (p) => p.doctored),
      replaced: doctored.spec.quirks!.doctored!.replace,
    },
    noMessageId: { subject: noId.subject, files: filesOf(placements, noId) },
    malformedDate: {
      dateRaw: badDate.spec.quirks!.dateRaw,
      subject: badDate.subject,
      files: filesOf(placements, badDate),
    },
    twoAddresses: twoAddresses.map((t) => ({
      ...t,
      filesFrom: Object.fromEntries(
        t.addresses.map((email) => [
          email,
          placements.filter((p) => p.message.from.email === email && p.message.from.name === t.name).map((p) => p.path),
        ]),
      ),
    })),
    twoSpellings: twoSpellings.map((t) => ({
      ...t,
      filesFrom: Object.fromEntries(
        t.names.map((name) => [
          name,
          placements.filter((p) => p.message.from.email === t.email && p.message.from.name === name).map((p) => p.path),
        ]),
      ),
    })),
    sharedAttachments: shared.map(([file, list]) => ({ sha256: sha256(ATTACHMENTS[file]!.bytes), occurrences: list })),
    htmlTracker: {
      trackerHost: TRACKER_HOST,
      hasScript: /<script/i.test(tracker.spec.html ?? ''),
      messageId: bare(tracker.messageId),
      files: filesOf(placements, tracker),
    },
    multipartAlternative: { messageId: bare(alternative.messageId), files: filesOf(placements, alternative) },
    rawUtf8Subject: { subject: rawSubject.subject, files: filesOf(placements, rawSubject) },
    subjectFallback: messages
      .filter((m) => m.kind !== 'new' && m.threadHeaders === 'none' && m.parent?.messageId && m.messageId)
      .map((m) => ({
        kind: m.kind,
        subject: m.subject,
        messageId: bare(m.messageId),
        parentMessageId: bare(m.parent!.messageId),
        parentSubject: m.parent!.subject,
        files: filesOf(placements, m),
      })),
    bccOnlyInSenderCopy: messages
      .filter((m) => m.bcc.length > 0)
      .map((m) => ({
        messageId: bare(m.messageId),
        bcc: m.bcc.map((k) => IDENTITIES[k]!.email),
        senderCopies: filesOf(placements, m, (p) => p.role === 'sent'),
        recipientCopies: filesOf(placements, m, (p) => p.role === 'inbox'),
      })),
    documents: documentsManifest(messages, placements, LOOSE_DOCUMENTS),
  };
}

export type Manifest = ReturnType<typeof buildManifest>;
