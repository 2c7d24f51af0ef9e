/**
 * ③ extract, entities, for one read document (issue 12): the start of its text read with the run's
 * gazetteer → one summary row per thing mentioned, every mention in context 'document'. A document
 * is not mail: no quotes, signatures or sender to tell apart, so every line is read as it stands.
 */
import { extractEntities } from './extract-entities.js';
import { type DocumentText, MAX_DOCUMENT_CHARS } from './document-text.js';
import type { Gazetteer } from './gazetteer/build-gazetteer.js';
import { type MentionSummary, summariseMentions } from './summarise-mentions.js';

export { type DocumentText, MAX_DOCUMENT_CHARS } from './document-text.js';

export function extractDocumentEntities(
  document: DocumentText,
  gazetteer: Gazetteer | undefined,
): { lang: string; mentions: MentionSummary[] } {
  const { lang, mentions } = extractEntities(
    { text: document.text.slice(0, MAX_DOCUMENT_CHARS) },
    { raw: true, maxChars: MAX_DOCUMENT_CHARS, ...(gazetteer && { gazetteer }) },
  );
  return { lang, mentions: summariseMentions(mentions.map((m) => ({ ...m, context: 'document' as const }))) };
}
