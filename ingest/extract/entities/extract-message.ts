/**
 * ③ extract, entities, for one stored message: its body and subject read with its participants and
 * the run's gazetteer → language and one summary row per thing mentioned. The sender's own name is
 * not a mention (sign-offs and signatures that survive text preparation).
 */
import { extractEntities } from './extract-entities.js';
import type { Gazetteer } from './gazetteer/build-gazetteer.js';
import { type MentionSummary, summariseMentions } from './summarise-mentions.js';
import type { Correspondent } from './types.js';

export interface MessageText {
  id: string;
  text: string;
  subject: string;
  /** From, To, Cc: their names count as names of known people in this message. */
  participants: Correspondent[];
  /** The sender's correspondent id. */
  sender: string | null;
}

export function extractMessageEntities(
  message: MessageText,
  gazetteer: Gazetteer | undefined,
): { lang: string; mentions: MentionSummary[] } {
  const { lang, mentions } = extractEntities(
    { text: message.text, subject: message.subject },
    { participants: message.participants, ...(gazetteer && { gazetteer }) },
  );
  const others = message.sender === null ? mentions : mentions.filter((m) => m.personId !== message.sender);
  return { lang, mentions: summariseMentions(others) };
}
