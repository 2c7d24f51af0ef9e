/**
 * A bulk import into a managed instance's database with Neo4j's own importer,
 * `neo4j-admin database import full` (org.neo4j.cli.AdminTool, among the jars db/fetch.ts fetched),
 * run while the server is stopped.
 *
 * The importer writes a new store. The database it replaces (empty: the caller checked) is moved
 * aside first and comes back if the import fails or is interrupted, so a failed import leaves the
 * database as it was (import-aside.ts finishes that job at the next start after a crash).
 * The importer's whole output goes to logs/import.log.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

import { DatabaseError } from './errors.js';
import { fetchNeo4j } from './fetch.js';
import { ASIDE, DATABASE, restoreInterruptedImport, rollBack, storeDirs } from './import-aside.js';
import { type ImportProgress, ImportProgressReader } from './import-progress.js';
import { type Instance, instancePaths } from './instance.js';
import { jvmArgs } from './neo4j-conf.js';
import { instanceStatus } from './server.js';

export class ImportError extends DatabaseError {
  override name = 'ImportError';
}

export interface ImportRequest {
  /** --nodes=Label=file and --relationships=TYPE=file, one per file. */
  inputs: string[];
  arrayDelimiter: string;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  seconds: number;
}

/** The importer's first error line, with long quoted values (addresses, ids from the dump) left out. */
function explain(output: string): string {
  const lines = output.split('\n').map((l) => l.trim());
  const line =
    lines.find((l) => /exception|error|failed|invalid|duplicate|missing/i.test(l) && !l.startsWith('at ')) ??
    lines.filter(Boolean).at(-1) ??
    'no output';
  return line.replace(/(["'])[^"'\n]{24,}\1/g, '$1…$1').slice(0, 300);
}

export async function importIntoStoppedInstance(instance: Instance, request: ImportRequest): Promise<ImportResult> {
  if ((await instanceStatus(instance)).running)
    throw new ImportError(`The ${instance.label} is running; a bulk import needs it stopped.`);
  const started = performance.now();
  const lib = fetchNeo4j();
  const p = instancePaths(instance);
  restoreInterruptedImport(instance);
  const moved: string[] = [];
  for (const dir of storeDirs(instance)) {
    if (!existsSync(join(dir, DATABASE))) continue;
    renameSync(join(dir, DATABASE), join(dir, ASIDE));
    moved.push(dir);
  }
  const logFile = join(p.logs, 'import.log');
  const log = openSync(logFile, 'w');
  let output = '';
  try {
    const progress = new ImportProgressReader(request.onProgress ?? (() => {}));
    const args = [
      `-Xmx${instance.heap}`,
      ...jvmArgs(instance).filter((a) => !a.startsWith('-Xm')),
      '-cp',
      join(lib, '*'),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      ...request.inputs,
      `--array-delimiter=${request.arrayDelimiter}`,
      // Message bodies span lines.
      '--multiline-fields=true',
      // The files are written by us from checked values: any bad entry is a fault to stop on.
      '--bad-tolerance=0',
      `--report-file=${join(p.logs, 'import.report')}`,
      DATABASE,
    ];
    const child = spawn('java', args, {
      cwd: instance.dir,
      env: { ...process.env, NEO4J_HOME: instance.dir, NEO4J_CONF: p.conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer, isOut: boolean) => {
      const text = chunk.toString('utf8');
      writeSync(log, text);
      output = (output + text).slice(-64_000);
      if (isOut) progress.feed(text);
    };
    child.stdout.on('data', (c: Buffer) => take(c, true));
    child.stderr.on('data', (c: Buffer) => take(c, false));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0 || !/IMPORT DONE/.test(output))
      throw new ImportError(
        `The bulk import failed (exit ${code}): ${explain(output)}. The database is as it was; see ${logFile}.`,
      );
    for (const dir of moved) rmSync(join(dir, ASIDE), { recursive: true, force: true });
    return { seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    rollBack(instance, false);
    if (error instanceof ImportError) throw error;
    throw new ImportError(`The bulk import could not run: ${(error as Error).message}. The database is as it was.`);
  } finally {
    closeSync(log);
  }
}
