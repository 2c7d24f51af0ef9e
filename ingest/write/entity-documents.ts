/**
 * ⑤ write, entities of documents (issue 12): what the entity pass reads from and writes to the graph
 * for read documents — the start of each text, and its MENTIONS/REFERS_TO, written like a message's
 * (write/entities.ts) so the person links are derived the same way.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
import { type DocumentText, MAX_DOCUMENT_CHARS } from '../extract/entities/document-text.js';
import type { EntityResult } from '../workers/protocol.js';
import { writeEntityResults } from './entities.js';

export async function countEntityDocuments(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    loadCypher('read/entity-document-count'),
    {},
    { routing: neo4j.routing.READ },
  );
  return Number(records[0]?.get('documents') ?? 0);
}

/** The next page of documents to read, after `after` in hash order, each text cut to what the extractor reads. */
export async function readEntityDocuments(driver: Driver, after: string, limit: number): Promise<DocumentText[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/entity-document-work'),
    { after, limit: neo4j.int(limit), maxChars: neo4j.int(MAX_DOCUMENT_CHARS) },
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => ({ kind: 'document', id: r.get('id') as string, text: r.get('text') as string }));
}

export function writeEntityDocuments(driver: Driver, results: (EntityResult & { ok: true })[]): Promise<void> {
  return writeEntityResults(driver, results, 'write/entity-document-results');
}

export async function resetEntityDocuments(driver: Driver): Promise<void> {
  await runAutoCommit(driver, 'write/reset-entity-documents');
}
