/**
 * Reads Cypher from the cypher/ folder. Queries live in files, take parameters only, and are
 * read once per process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

import { projectRoot } from './paths.js';

const cache = new Map<string, string>();

export function cypherDir(): string {
  return join(projectRoot(), 'cypher');
}

/** `loadCypher('write/merge-messages')` → the text of cypher/write/merge-messages.cypher. */
export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(cypherDir(), `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Runs one statement file in an auto-commit transaction: the only kind that may hold
 * CALL { … } IN TRANSACTIONS, which the derive steps use to bound their memory. The session shares
 * the bookmarks of driver.executeQuery, so on a cluster (neo4j://) every later read sees its writes.
 */
export async function runAutoCommit(driver: Driver, name: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    await session.run(loadCypher(name), params);
  } finally {
    await session.close();
  }
}

/** Runs each statement of a file of several (`;` at line ends) in its own auto-commit transaction. */
export async function runAutoCommitEach(
  driver: Driver,
  name: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.WRITE,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    for (const statement of splitStatements(loadCypher(name))) await session.run(statement, params);
  } finally {
    await session.close();
  }
}

export function listCypher(folder: string): string[] {
  return readdirSync(join(cypherDir(), folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort();
}
