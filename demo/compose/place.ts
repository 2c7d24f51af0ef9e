/**
 * Demo mailbox: which leaked mailboxes hold a copy of each message, in which folder, under which
 * file name. The sender's custodian keeps it in sent items; each custodian among the recipients
 * (lists expanded, Bcc included) in the inbox or the folder their rules file it in. Files are
 * numbered by date within each folder: <custodian>/<folder>/<NNN>.eml.
 */
import { CUSTODIANS } from '../scenario/people.js';
import { type Composed, ScenarioError, identity } from './compose-thread.js';

export interface Placement {
  custodian: string;
  folder: string;
  role: 'sent' | 'inbox';
  /** Address the inbox copy was delivered to. */
  recipient?: string;
  message: Composed;
  /** This copy carries the altered body of a doctored message. */
  doctored: boolean;
  /** "<custodian>/<folder>/<NNN>.eml", relative to the mailbox root. */
  path: string;
}

function folderFor(custodian: string, message: Composed, role: 'sent' | 'inbox'): string {
  const folders = CUSTODIANS[custodian];
  if (!folders) throw new ScenarioError(`${message.key}: unknown custodian "${custodian}"`);
  const wanted =
    message.spec.folders?.[custodian] ?? (role === 'inbox' ? message.thread.folders?.[custodian] : undefined);
  if (wanted === 'deleted') return folders.deleted;
  return wanted ?? (role === 'sent' ? folders.sent : folders.inbox);
}

/** Recipient identity keys, distribution lists replaced by their members, each once. */
function deliveries(message: Composed): { key: string; email: string }[] {
  const seen = new Set<string>();
  const out: { key: string; email: string }[] = [];
  for (const key of [...message.to, ...message.cc, ...message.bcc]) {
    const id = identity(key);
    for (const member of id.members ?? [key]) {
      if (seen.has(member)) continue;
      seen.add(member);
      out.push({ key: member, email: identity(member).email });
    }
  }
  return out;
}

function placeOne(message: Composed): Omit<Placement, 'path'>[] {
  const out: Omit<Placement, 'path'>[] = [];
  const sender = message.from.custodian;
  if (sender)
    out.push({ custodian: sender, folder: folderFor(sender, message, 'sent'), role: 'sent', message, doctored: false });
  const reached = new Set<string>();
  for (const { key, email } of deliveries(message)) {
    const custodian = identity(key).custodian;
    if (!custodian || reached.has(custodian)) continue;
    reached.add(custodian);
    out.push({
      custodian,
      folder: folderFor(custodian, message, 'inbox'),
      role: 'inbox',
      recipient: email,
      message,
      doctored: false,
    });
  }
  const doctored = message.spec.quirks?.doctored;
  if (doctored) {
    const target = out.filter((p) => `${p.custodian}/${p.folder}` === doctored.at);
    if (target.length !== 1)
      throw new ScenarioError(`${message.key}: doctored copy "${doctored.at}" matches ${target.length} copies`);
    target[0]!.doctored = true;
  }
  return out;
}

export function placeMessages(messages: Composed[]): Placement[] {
  const all = messages.flatMap((message) => {
    const copies = placeOne(message);
    // A message no leaked mailbox holds would be written for nothing and break its thread.
    if (copies.length === 0) throw new ScenarioError(`${message.key}: no custodian sent or received it`);
    return copies;
  });
  const byFolder = new Map<string, Omit<Placement, 'path'>[]>();
  for (const p of all) {
    const key = `${p.custodian}/${p.folder}`;
    byFolder.set(key, [...(byFolder.get(key) ?? []), p]);
  }
  const placed: Placement[] = [];
  for (const [folder, list] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => a.message.moment.utcMs - b.message.moment.utcMs || (a.message.key < b.message.key ? -1 : 1));
    list.forEach((p, i) => placed.push({ ...p, path: `${folder}/${String(i + 1).padStart(3, '0')}.eml` }));
  }
  return placed;
}

/** The body of a doctored copy: each replacement must hit, or the scenario is wrong. */
export function doctoredText(message: Composed): string {
  let text = message.text;
  for (const [from, to] of message.spec.quirks?.doctored?.replace ?? []) {
    if (!text.includes(from)) throw new ScenarioError(`${message.key}: doctored replacement "${from}" not in the body`);
    text = text.split(from).join(to);
  }
  return text;
}
