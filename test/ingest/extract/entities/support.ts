/**
 * Real fixture messages for the entity tests: parsed with the project's parseMessage, participants taken
 * from their own headers, exactly as the pipeline will hand them to extractEntities.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Correspondent } from '../../../../ingest/extract/entities/types.js';
import type { MailAddress, ParsedMessage } from '../../../../ingest/model.js';
import { parseMessage } from '../../../../ingest/parse/parse-message.js';
import { sharedPath } from '../../../support/shared.js';

export async function readShared(relative: string): Promise<ParsedMessage> {
  return parseMessage(readFileSync(sharedPath(relative)));
}

/** One message of an mboxrd file: the one whose raw text contains `marker`, "From " line removed. */
export async function readMboxMessage(relative: string, marker: string): Promise<ParsedMessage> {
  const raw = readFileSync(sharedPath(relative), 'latin1');
  const chunk = raw.split(/\n(?=From )/).find((c) => c.includes(marker));
  if (!chunk) throw new Error(`${relative}: no message contains ${JSON.stringify(marker)}`);
  const body = chunk.slice(chunk.indexOf('\n') + 1).replace(/^>(>*From )/gm, '$1');
  return parseMessage(Buffer.from(body, 'latin1'));
}

export function participantsOf(message: ParsedMessage): Correspondent[] {
  const people = [message.from, ...message.to, ...message.cc].filter((a): a is MailAddress => a !== undefined);
  return people.map((a) => ({ id: a.email, names: a.name ? [a.name] : [], addresses: [a.email] }));
}

/** Offset of `needle` in `text`, failing loudly when the fixture does not hold it. */
export function offsetOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture text does not contain ${JSON.stringify(needle)}`);
  return at;
}

/** The Enron dev sample's messages, parsed, by path under the maildir. */
export async function enronMessages(): Promise<Map<string, ParsedMessage>> {
  const root = sharedPath('fixtures/enron-dev-sample/maildir');
  const out = new Map<string, ParsedMessage>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(path.slice(root.length + 1), await readShared(path.slice(sharedPath('').length)));
  }
  return out;
}

/** Every address in the headers with the display names it was written with: the correspondents. */
export function correspondents(messages: Iterable<ParsedMessage>): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  for (const m of messages) {
    for (const a of [m.from, ...m.to, ...m.cc, ...m.bcc]) {
      if (!a) continue;
      const names = people.get(a.email) ?? new Set<string>();
      if (a.name) names.add(a.name);
      people.set(a.email, names);
    }
  }
  return people;
}
