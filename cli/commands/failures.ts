/**
 * `leakgraph failures`: every message or container the ingest could not read, with where and why;
 * with --all also those a later run read without them (cleared, ingest/write/cleared-failures.ts).
 */
import type { Command } from 'commander';
import neo4j from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import { connectDatabase } from '../../db/ensure.js';
import { positiveInt } from '../options.js';
import { printJson, printTable, say } from '../output.js';

export function registerFailuresCommand(program: Command): void {
  program
    .command('failures')
    .description('list what the ingest could not read: source, position, stage and error')
    .option('--run <id>', 'only failures seen in this ingest run (with --all: or cleared by it)')
    .option('--all', 'also failures a later run cleared: their file was read again without them')
    .option('--limit <n>', 'at most this many', positiveInt, 1000)
    .option('--json', 'print JSON')
    .action(async (opts: { run?: string; limit: number; json?: boolean; all?: boolean }) => {
      const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true });
      try {
        const { records } = await driver.executeQuery(
          loadCypher('read/failures'),
          { run: opts.run ?? null, all: !!opts.all, limit: neo4j.int(opts.limit) },
          { routing: neo4j.routing.READ },
        );
        const rows = records.map((r) => {
          const f = r.toObject();
          return {
            ...f,
            where: [f.path, ...((f.entries as string[]) ?? [])].join(' » ') + (f.position ? ` #${f.position}` : ''),
          };
        });
        if (opts.json) printJson(rows);
        else if (rows.length === 0) say('No failures recorded.');
        else printTable(rows, opts.all ? ['stage', 'where', 'error', 'clearedRun'] : ['stage', 'where', 'error']);
      } finally {
        await driver.close();
      }
    });
}
