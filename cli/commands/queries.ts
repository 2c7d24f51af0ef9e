/**
 * `leakgraph queries list|export <dir>`: the saved queries from the command line. `export` writes
 * the analyst's own queries (SavedQuery nodes) back to .cypher files with their header block, the
 * same files cypher/queries/ holds, so a good query can join the library or move to another case.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';

import { connectDatabase } from '../../db/ensure.js';
import type { SavedQuery } from '../../contract/index.js';
import { formatQueryFile } from '../../server/queries/header.js';
import { listSavedQueries } from '../../server/queries/saved-queries.js';
import { printLine, say } from '../output.js';

/** Writes each query as <dir>/<name>.cypher; returns the paths written. */
export function writeQueryFiles(queries: SavedQuery[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return queries.map((q) => {
    const path = join(dir, `${q.name}.cypher`);
    writeFileSync(path, formatQueryFile(q));
    return path;
  });
}

export function registerQueriesCommand(program: Command): void {
  const queries = program.command('queries').description('the saved Cypher queries: the library and your own');

  queries
    .command('list')
    .description('list saved queries (library and analyst), with their parameters')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true });
      try {
        const list = await listSavedQueries(driver);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        for (const q of list) {
          const params = q.params.map((p) => `${p.name}:${p.type}`).join(' ');
          printLine(
            `${q.source === 'library' ? 'library' : 'analyst'}  ${q.result.padEnd(5)}  ${q.name.padEnd(28)}  ${q.title}${params ? `  (${params})` : ''}`,
          );
        }
      } finally {
        await driver.close();
      }
    });

  queries
    .command('export')
    .description('write your saved queries to <dir> as .cypher files with their header block')
    .argument('<dir>', 'folder to write into (created if missing)')
    .option('--library', 'also write the library queries')
    .action(async (dir: string, opts: { library?: boolean }) => {
      const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true });
      try {
        const list = (await listSavedQueries(driver)).filter((q) => opts.library || q.source === 'analyst');
        const written = writeQueryFiles(list, resolve(dir));
        say(
          written.length
            ? `Wrote ${written.length} quer${written.length === 1 ? 'y' : 'ies'} to ${resolve(dir)}`
            : 'No saved queries of your own yet (save one with POST /api/queries or the explorer).',
        );
      } finally {
        await driver.close();
      }
    });
}
