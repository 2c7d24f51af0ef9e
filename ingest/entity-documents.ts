/**
 * The entity pass's second source (issue 12): documents the document pass read (attachments and
 * loose files), marked Document.entityPending when it wrote their text, in hash order. Only the start
 * of each text is read (MAX_DOCUMENT_CHARS, extract-document.ts); its mentions are in context
 * 'document' and link to correspondents like a message's (write/entity-documents.ts).
 */
import { pagedSource } from './entity-source.js';
import {
  countEntityDocuments,
  readEntityDocuments,
  resetEntityDocuments,
  writeEntityDocuments,
} from './write/entity-documents.js';

export const documentSource = pagedSource({
  kind: 'document',
  // Documents per page read and per transaction written: each text crosses as up to
  // MAX_DOCUMENT_CHARS characters (20,000: 40 KB), so a page holds at most 8 MB of text.
  page: 200,
  reset: resetEntityDocuments,
  count: countEntityDocuments,
  read: readEntityDocuments,
  write: writeEntityDocuments,
});
