/**
 * ③ extract, entities, for one read document (issue 12): the start of its text read with the run's
 * gazetteer → one summary row per thing mentioned, every mention in context 'document'. A document
 * is not mail: no quotes, signatures or sender to tell apart, so every line is read as it stands.
 */
import { extractEntities } from './extract-entities.js';
import type { Gazetteer } from './gazetteer/build-gazetteer.js';
import { type MentionSummary, summariseMentions } from './summarise-mentions.js';

/**
 * Characters of a document's text the extractor reads. A document holds up to 1,000,000 characters
 * (Document.text's cap), and extraction time grows with the text while a worker reads one chunk at a
 * time: a few long reports must not hold the pass for minutes. The names that tie a document to the
 * case sit in its first pages (title page, addressees, parties to a contract, a memo's header); the
 * rest stays findable through the full-text index (document_text). Also bounds what crosses into a
 * worker thread per document (2 bytes a character).
 */
export const MAX_DOCUMENT_CHARS = 20_000;

export interface DocumentText {
  kind: 'document';
  /** The Document's sha256. */
  id: string;
  /** Its text, already cut to MAX_DOCUMENT_CHARS by the reader of the work list. */
  text: string;
}

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
