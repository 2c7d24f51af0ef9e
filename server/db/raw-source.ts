/**
 * The one door from the server into the readers (ESLint allows ingest/ imports here only):
 * a copy's SourceRef → its original bytes again, through ingest's readCopyBytes (copy-bytes.ts: mail
 * attached to mail too). Used for
 * /api/messages/:id/raw, the HTML view and the .eml files of story bundles. Injectable, so tests
 * can stand in a source that changed on disk. A document's bytes (issue 12) come through here too,
 * from ingest's documentBytes (its loose file or the message part that carried it).
 */
import type { Driver } from 'neo4j-driver';

import { type CopyRow, copySource } from '../../ingest/batch/graph-schema.js';
import { type DocumentBytes, documentBytes } from '../../ingest/document-bytes.js';
import type { SourceRef } from '../../ingest/model.js';
import { readCopyBytes } from '../../ingest/copy-bytes.js';

export type ReadRawCopy = (source: SourceRef) => Promise<Uint8Array>;

/** ingest's readCopyBytes (null where a caller has no reader at all). */
export async function loadRawReader(): Promise<ReadRawCopy | null> {
  return (source) => readCopyBytes(source);
}

/**
 * A Copy node's provenance fields as the graph stores them (ingest/batch/graph-schema.ts CopyRow),
 * read back with entries and size null where the node lacks them.
 */
export type CopyRecord = { key: string } & Pick<
  CopyRow['props'],
  'path' | 'format' | 'offset' | 'length' | 'position' | 'mailbox' | 'folder' | 'sha256'
> & { entries: string[] | null; size: number | null };

/** Where to read a stored copy's bytes again (ingest/batch/graph-schema.ts copySource). */
export const sourceOfCopy = (c: CopyRecord): SourceRef => copySource(c);

export type { DocumentBytes };

/**
 * A document's original bytes, checked against its SHA-256 by the ingest's reader; undefined when
 * the graph has no such document.
 */
export type ReadDocumentBytes = (driver: Driver, sha256: string) => Promise<DocumentBytes | undefined>;
export const readDocumentBytes: ReadDocumentBytes = (driver, sha256) => documentBytes(driver, sha256);
