/**
 * ⑤ write, documents (issue 12): what the document pass reads from and writes to the graph — the
 * pending documents with the places their bytes can be read again, and what was read in them.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
import type { DocumentResultRow } from '../batch/document-rows.js';
import type { StoredCopy } from '../batch/graph-schema.js';

/** A message copy that carries the document: read the copy, parse it, take attachment `part`. */
export interface DocumentCarrier {
  /** Null on edges converted from a graph written before parts were recorded: the hash finds it. */
  part: number | null;
  name: string | null;
  copy: StoredCopy & { key: string };
}

export interface DocumentFile {
  path: string;
  entries: string[];
  mailbox: string | null;
  folder: string | null;
}

/** An archive document that holds the document as its entry `entry` (issue 12). */
export interface DocumentArchive {
  sha256: string;
  name: string;
  entry: string;
}

/** A Document and the places its bytes can be read again. */
export interface DocumentPlaces {
  sha256: string;
  name: string;
  contentType: string | null;
  size: number;
  carriers: DocumentCarrier[];
  files: DocumentFile[];
  archives: DocumentArchive[];
}

const num = (v: unknown): number | null =>
  v === null || v === undefined ? null : typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber();

function placesOf(r: Neo4jRecord): DocumentPlaces {
  return {
    sha256: r.get('sha256') as string,
    name: (r.get('name') as string | null) ?? '',
    contentType: r.get('contentType') as string | null,
    size: num(r.get('size')) ?? 0,
    carriers: (r.get('carriers') as { part: unknown; name: string | null; copy: StoredCopy & { key: string } }[]).map(
      (c) => ({
        part: num(c.part),
        name: c.name,
        copy: c.copy,
      }),
    ),
    files: r.get('files') as DocumentFile[],
    archives: (r.get('archives') as DocumentArchive[] | null) ?? [],
  };
}

export async function countPendingDocuments(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(loadCypher('read/document-count'), {}, { routing: neo4j.routing.READ });
  return num(records[0]?.get('pending')) ?? 0;
}

/** The next page of pending documents, after `after` in hash order. */
export async function readDocumentWork(driver: Driver, after: string, limit: number): Promise<DocumentPlaces[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/document-work'),
    { after, limit: neo4j.int(limit) },
    { routing: neo4j.routing.READ },
  );
  return records.map(placesOf);
}

/** One document's places, or undefined when the graph has no such document. */
export async function readDocumentPlaces(driver: Driver, sha256: string): Promise<DocumentPlaces | undefined> {
  const { records } = await driver.executeQuery(
    loadCypher('read/document-places'),
    { sha256 },
    { routing: neo4j.routing.READ },
  );
  return records[0] ? placesOf(records[0]) : undefined;
}

// Counts Neo4j must hold as integers (a JS number reaches it as a float).
const INTEGER_PROPS = ['revision', 'editTimeMinutes', 'pages', 'words', 'anomalyCount'];

/**
 * Writes what was read in a page of documents, in one transaction; each becomes state 'read'.
 * Returns how many new Documents an archive's files made (stubs the pass reads next).
 */
export async function writeDocumentResults(driver: Driver, rows: DocumentResultRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const params = rows.map((row) => ({
    ...row,
    ...(row.entries && { entries: row.entries.map((e) => ({ ...e, size: neo4j.int(e.size) })) }),
    props: Object.fromEntries(
      Object.entries(row.props).map(([k, v]) => [
        k,
        INTEGER_PROPS.includes(k) && typeof v === 'number' ? neo4j.int(Math.round(v)) : v,
      ]),
    ),
  }));
  const { summary } = await driver.executeQuery(loadCypher('write/document-results'), { rows: params });
  return summary.counters.updates().nodesCreated;
}

/** Every document to be read again (`documents --rebuild`). */
export async function resetDocuments(driver: Driver): Promise<void> {
  await runAutoCommit(driver, 'write/reset-documents');
}
