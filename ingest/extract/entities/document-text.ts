/**
 * ③ extract, entities: what the entity pass reads of a document (issue 12). A leaf, so the pass's
 * writer can bound its query without loading the extractor and its lexicons into the main thread.
 */
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
