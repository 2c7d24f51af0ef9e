/**
 * ⑤ write: failures a later run no longer meets. A file the read could not read whole (a damaged
 * mbox, a cut archive, a message mailparser refused) is a Failure; when the analyst replaces the file,
 * or a newer leakgraph reads it, the next run over it reads it without that failure, and listing it
 * still would say something is missing that is not. A run learns at its start which of its files hold
 * failures the read recorded, notes which of those it reads to the end, and once everything it read
 * is written turns the failures there it did not meet again into ClearedFailures
 * (write/clear-failures.cypher). A file the run could not read whole (a limit stopped it in an
 * archive, an entry or folder was lost: pipeline.ts cutsReadShort) keeps them all: what it did not
 * reach it could not meet. Cost: the failures under the run's paths, not the graph. The document
 * pass's failures are cleared the same way, by document (DocumentFailures).
 */
import { resolve, sep } from 'node:path';

import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

/** Whether `path` is `root` or below it. */
function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The files under `paths` (as given on the command line: made absolute as the walk makes them,
 * read/walk.ts) where the read recorded failures in earlier runs.
 */
export async function failurePaths(driver: Driver, paths: string[]): Promise<Set<string>> {
  const roots = [...new Set(paths.map((p) => resolve(p)))];
  const { records } = await driver.executeQuery(
    loadCypher('read/failure-paths'),
    { roots },
    { routing: neo4j.routing.READ },
  );
  const found = records.map((r) => r.get('path') as string);
  return new Set(found.filter((path) => roots.some((root) => isUnder(path, root))));
}

/** Clears the failures at `paths` (files `run` read to the end) that `run` did not meet again; how many. */
export async function clearFailures(driver: Driver, run: string, paths: string[]): Promise<number> {
  if (paths.length === 0) return 0;
  const { records } = await driver.executeQuery(loadCypher('write/clear-failures'), { run, paths });
  return neo4j.integer.toNumber(records[0]?.get('cleared') ?? 0);
}

/**
 * The same for the document pass, by document instead of file: a document that could not be reached
 * (its dump moved), timed out or was refused is read by a later pass (the dump back in place, larger
 * limits, `--rebuild-documents`). Learn which documents have failures first (`start`), hand it each
 * document the pass reads, and clear once the pass's own failures are written (`finish`).
 */
export class DocumentFailures {
  private readonly read: string[] = [];

  private constructor(private readonly failing: ReadonlySet<string>) {}

  static async start(driver: Driver): Promise<DocumentFailures> {
    const { records } = await driver.executeQuery(
      loadCypher('read/failing-documents'),
      {},
      { routing: neo4j.routing.READ },
    );
    return new DocumentFailures(new Set(records.map((r) => r.get('sha256') as string)));
  }

  /** A document the pass read, whatever its status. */
  readonly onDocumentRead = (sha256: string): void => {
    if (this.failing.has(sha256)) this.read.push(sha256);
  };

  /** Clears the failures of the documents read that `run` did not meet again; how many. */
  async finish(driver: Driver, run: string): Promise<number> {
    if (this.read.length === 0) return 0;
    const { records } = await driver.executeQuery(loadCypher('write/clear-document-failures'), {
      run,
      documents: this.read,
    });
    return neo4j.integer.toNumber(records[0]?.get('cleared') ?? 0);
  }
}
