/**
 * Real fixture messages for the entity tests: parsed with the project's parseMessage, participants taken
 * from their own headers, exactly as the pipeline will hand them to extractEntities.
 */
import { readFileSync } from 'node:fs';

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
