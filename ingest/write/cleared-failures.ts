/**
 * ⑤ write: failures a later run no longer meets. A file the read could not read whole (a damaged
 * mbox, a cut archive, a message mailparser refused) is a Failure; when the analyst replaces the file,
 * or a newer leakgraph reads it, the next run over it reads it without that failure, and listing it
 * still would say something is missing that is not. A run learns at its start which of its files hold
 * failures the read recorded (`FileFailures.start`), notes which of those it reads to the end, and
 * once everything it read is written turns the failures there it did not meet again into
 * ClearedFailures (write/clear-failures.cypher). A file the run could not read whole keeps them all
 * (pipeline.ts cutsReadShort: what it did not reach it could not meet), and so does one another run
 * met meanwhile. Cost: the failures under the run's paths, not the graph. The document pass's
 * failures are cleared the same way, by document (`DocumentFailures`).
 */
import { resolve, sep } from 'node:path';

import neo4j, { type Driver, type DateTime } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';

/** Whether `path` is `root` or below it. */
function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

async function countCleared(driver: Driver, name: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await driver.executeQuery(loadCypher(name), params);
  return neo4j.integer.toNumber(records[0]?.get('cleared') ?? 0);
}

/** The files of one run with failures of earlier runs, and those of them it read whole. */
export class FileFailures {
  private readonly read = new Map<string, number>();
  private readonly short = new Set<string>();

  private constructor(
    private readonly failing: ReadonlySet<string>,
    private readonly since: DateTime,
  ) {}

  /** `paths`: as given on the command line (made absolute as the walk makes them, read/walk.ts). */
  static async start(driver: Driver, paths: string[]): Promise<FileFailures> {
    const roots = [...new Set(paths.map((p) => resolve(p)))];
    const { records } = await driver.executeQuery(
      loadCypher('read/failure-paths'),
      { roots },
      { routing: neo4j.routing.READ },
    );
    const found = (records[0]?.get('paths') as string[] | undefined) ?? [];
    const failing = new Set(found.filter((path) => roots.some((root) => isUnder(path, root))));
    return new FileFailures(failing, records[0]?.get('now') as DateTime);
  }

  /** A file read to its end, `size` bytes long. */
  readonly onFileRead = (path: string, size: number): void => {
    if (this.failing.has(path)) this.read.set(path, size);
  };

  /** A file whose read lost something that may have kept it from the rest (pipeline.ts cutsReadShort). */
  readShort(path: string): void {
    if (this.failing.has(path)) this.short.add(path);
  }

  /** Clears what `run` did not meet again in the files it read whole; how many. */
  async finish(driver: Driver, run: string): Promise<number> {
    const files = [...this.read].filter(([path]) => !this.short.has(path)).map(([path, size]) => ({ path, size }));
    if (files.length === 0) return 0;
    return countCleared(driver, 'write/clear-failures', { run, files, since: this.since });
  }
}

/**
 * The same for the document pass, by document instead of file: a document that could not be reached
 * (its dump moved) is read by a later pass once it is back, one that timed out or was refused by
 * `--rebuild-documents` with other limits. Learn which of the documents the pass will read have
 * failures (`start`), hand it each document the pass reads whole, and clear once the pass's own
 * failures are written (`finish`).
 */
export class DocumentFailures {
  private readonly read: string[] = [];

  private constructor(
    private readonly failing: ReadonlySet<string>,
    private readonly since: DateTime,
  ) {}

  /** `rebuild`: the pass reads every document again, not only the pending ones. */
  static async start(driver: Driver, rebuild = false): Promise<DocumentFailures> {
    const query = rebuild ? 'read/failing-documents' : 'read/failing-pending-documents';
    const { records } = await driver.executeQuery(loadCypher(query), {}, { routing: neo4j.routing.READ });
    const documents = (records[0]?.get('documents') as string[] | undefined) ?? [];
    return new DocumentFailures(new Set(documents), records[0]?.get('now') as DateTime);
  }

  /** A document the pass read whole (document-pass.ts: not stopped by a limit or a deadline). */
  readonly onDocumentRead = (sha256: string): void => {
    if (this.failing.has(sha256)) this.read.push(sha256);
  };

  /** Clears the failures of the documents read that `run` did not meet again; how many. */
  async finish(driver: Driver, run: string): Promise<number> {
    if (this.read.length === 0) return 0;
    return countCleared(driver, 'write/clear-document-failures', { run, documents: this.read, since: this.since });
  }
}
