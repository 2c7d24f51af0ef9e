#!/usr/bin/env node
/**
 * The `leakgraph` command. Each subcommand is a thin adapter: parse options, connect, call the
 * module that does the work, print the result (human text on stderr, --json on stdout).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Command, InvalidArgumentError } from 'commander';

import { registerDbCommands } from '../db/commands.js';
import { connectDatabase } from '../db/ensure.js';
import { DEFAULT_PORT } from '../server/env.js';
import { startServer } from '../server/index.js';
import { registerQueriesCommand } from '../server/queries/command.js';
import { registerEntityCommands } from './commands/entities.js';
import { registerFailuresCommand } from './commands/failures.js';
import { registerPeopleCommands } from './commands/people.js';
import { registerShowCommand } from './commands/show.js';
import { defaultKeyPaths, registerVerifyCommand } from './commands/verify.js';
import { demoMailboxDir } from './demo/demo-mailbox.js';
import { DEFAULT_BATCH_SIZE, type IngestSummary, ingest, isGraphEmpty } from './pipeline.js';
import { createCountReporter, createProgressReporter } from './progress.js';
import { DEFAULT_READ_LIMITS } from './read/read-sources.js';
import { defaultWorkerCount } from './workers/pool.js';

const say = (line: string) => process.stderr.write(`${line}\n`);

const collect = (value: string, previous: string[]) => [...previous, value];

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

interface IngestCommandOptions {
  workers: number;
  batchSize: number;
  maxMessageMb: number;
  maxArchiveGb: number;
  maxArchiveEntries: number;
  maxArchiveDepth: number;
  maxBufferMb: number;
  keys: string[];
  dns?: boolean;
  verify: boolean;
  entities: boolean;
  json?: boolean;
  quiet?: boolean;
}

/** The DKIM settings of a command line: the standing key folder plus --keys, --dns, --no-verify. */
function verifyOptions(opts: { keys: string[]; dns?: boolean; verify: boolean }) {
  return { keys: [...defaultKeyPaths(), ...opts.keys], allowDns: !!opts.dns, noVerify: !opts.verify };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expecting a whole number');
  return n;
}

export function printSummary(summary: IngestSummary, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const rate = summary.seconds > 0 ? Math.round(summary.seen / summary.seconds) : summary.seen;
  say(
    `Done in ${summary.seconds}s (${rate} msg/s): ${summary.seen} messages seen = ${summary.ingested} new + ${summary.duplicates} duplicates + ${summary.failed} failed` +
      (summary.skipped ? `; ${summary.skipped} non-mail files skipped` : ''),
  );
  if (summary.entities) {
    const e = summary.entities;
    say(
      `Entities: ${e.messages} messages read in ${e.seconds}s, ${e.mentions} mentions${e.failed ? `, ${e.failed} messages could not be read for names` : ''}`,
    );
  }
  for (const f of summary.failures.slice(0, 10)) {
    const where =
      [f.source.path, ...f.source.entries].join(' » ') + (f.source.position ? ` #${f.source.position}` : '');
    say(`  failed (${f.stage}): ${where}: ${f.error}`);
  }
  if (summary.failed > 10) say('  … all failures: `leakgraph failures`');
}

export function buildProgram(): Command {
  const program = new Command('leakgraph')
    .description('Turn a leaked mail dump into a Neo4j knowledge graph and explore it in the browser.')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false });

  registerDbCommands(program);
  registerPeopleCommands(program);
  registerFailuresCommand(program);
  registerVerifyCommand(program);
  registerShowCommand(program);
  registerEntityCommands(program);
  registerQueriesCommand(program);

  program
    .command('ingest')
    .description('read mail files (eml, maildir, …) into the graph; running it again changes nothing')
    .argument('<path...>', 'files or folders to read, recursively')
    .option('--workers <n>', 'parse worker threads (0 = parse on the main thread)', positiveInt, defaultWorkerCount())
    .option('--batch-size <n>', 'messages per database transaction', positiveInt, DEFAULT_BATCH_SIZE)
    .option(
      '--max-message-mb <n>',
      'report messages larger than this instead of parsing them',
      positiveInt,
      DEFAULT_READ_LIMITS.maxMessageBytes / MiB,
    )
    .option(
      '--max-archive-gb <n>',
      'stop reading an archive after this much decompressed data (zip bombs)',
      positiveInt,
      DEFAULT_READ_LIMITS.maxArchiveBytes / GiB,
    )
    .option(
      '--max-archive-entries <n>',
      'stop reading an archive after this many entries',
      positiveInt,
      DEFAULT_READ_LIMITS.maxArchiveEntries,
    )
    .option(
      '--max-archive-depth <n>',
      'archives nested deeper than this are reported, not opened',
      positiveInt,
      DEFAULT_READ_LIMITS.maxArchiveDepth,
    )
    .option(
      '--max-buffer-mb <n>',
      'largest nested zip or PST held in memory to be read',
      positiveInt,
      DEFAULT_READ_LIMITS.maxBufferedBytes / MiB,
    )
    .option(
      '--keys <path>',
      'DKIM keys: DNS TXT records as a JSON map or zone-file lines, file or folder (repeatable; .leakgraph/keys/ is always read)',
      collect,
      [],
    )
    .option(
      '--dns',
      'look up DKIM keys missing from the key store in live DNS (off: a lookup tells the domain someone checks its mail)',
    )
    .option('--no-verify', 'skip DKIM verification')
    .option(
      '--no-entities',
      'skip the second pass that finds people, organisations and places in bodies (`leakgraph entities` runs it later)',
    )
    .option('--json', 'print the final summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output')
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      const { driver } = await connectDatabase({ autoStart: true, log: opts.quiet ? () => {} : say });
      const progress = createProgressReporter({ quiet: !!opts.quiet });
      const entityProgress = createCountReporter('entities', { quiet: !!opts.quiet });
      try {
        const summary = await ingest(driver, {
          paths,
          ...verifyOptions(opts),
          workers: opts.workers,
          batchSize: Math.max(1, opts.batchSize),
          limits: {
            maxMessageBytes: opts.maxMessageMb * MiB,
            maxArchiveBytes: opts.maxArchiveGb * GiB,
            maxArchiveEntries: opts.maxArchiveEntries,
            maxArchiveDepth: opts.maxArchiveDepth,
            maxBufferedBytes: opts.maxBufferMb * MiB,
          },
          noEntities: !opts.entities,
          onProgress: (p) => progress.update(p),
          onEntityProgress: (done, total) => {
            progress.stop();
            entityProgress.update(done, total);
          },
        });
        entityProgress.stop();
        progress.stop();
        printSummary(summary, !!opts.json);
        if (summary.seen === 0 && summary.failed === 0) say('No mail found under the given paths.');
      } finally {
        progress.stop();
        await driver.close();
      }
    });

  program
    .command('start')
    .description(
      'the main job: start the database, ingest the demo mailbox (or <path…>) if the graph is empty, serve the explorer',
    )
    .argument('[path...]', 'mail to ingest instead of the demo mailbox')
    .option('--port <n>', 'port to listen on', positiveInt, DEFAULT_PORT)
    .option('--keys <path>', 'DKIM keys for the ingest (see `ingest --help`)', collect, [])
    .option('--dns', 'look up missing DKIM keys in live DNS')
    .option('--no-verify', 'skip DKIM verification')
    .option('--no-entities', 'skip finding people, organisations and places in bodies')
    .action(
      async (
        paths: string[],
        opts: { port: number; keys: string[]; dns?: boolean; verify: boolean; entities: boolean },
      ) => {
        const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true, log: say });
        const toIngest = paths.length > 0 ? paths : (await isGraphEmpty(driver)) ? [demoMailboxDir()] : [];
        if (toIngest.length > 0) {
          say(`Ingesting ${toIngest.join(', ')}…`);
          const progress = createProgressReporter({ quiet: false });
          const entityProgress = createCountReporter('entities', { quiet: false });
          const summary = await ingest(driver, {
            paths: toIngest,
            ...verifyOptions(opts),
            noEntities: !opts.entities,
            onProgress: (p) => progress.update(p),
            onEntityProgress: (done, total) => {
              progress.stop();
              entityProgress.update(done, total);
            },
          });
          entityProgress.stop();
          progress.stop();
          printSummary(summary, false);
        } else {
          say('The graph already holds mail; not ingesting the demo mailbox (`npm start -- <path>` ingests a dump).');
        }
        const server = await startServer(driver, {
          port: opts.port,
          ...(process.env.LEAKGRAPH_TOKEN && { token: process.env.LEAKGRAPH_TOKEN }),
        });
        say(
          `\nleakgraph is ready: open ${server.url}\n(stop with Ctrl-C; the database keeps running until \`npx leakgraph db stop\`)`,
        );
        const shutdown = async () => {
          await server.close();
          await driver.close();
          process.exit(0);
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      },
    );

  program
    .command('serve')
    .description('serve the API and the web explorer on 127.0.0.1')
    .option('--port <n>', 'port to listen on', positiveInt, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on; anything but loopback needs LEAKGRAPH_TOKEN', '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      const { driver } = await connectDatabase({ autoStart: true, plainNumbers: true, log: say });
      const server = await startServer(driver, {
        port: opts.port,
        host: opts.host,
        ...(process.env.LEAKGRAPH_TOKEN && { token: process.env.LEAKGRAPH_TOKEN }),
      });
      say(`leakgraph is serving on ${server.url}`);
      const shutdown = async () => {
        await server.close();
        await driver.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  return program;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const e = error as Error;
    say(`leakgraph: ${e.message}`);
    if (process.env.LEAKGRAPH_DEBUG && e.stack) say(e.stack);
    process.exitCode = 1;
  }
}

// Run when executed (node dist/ingest/cli.js, or the npm bin symlink), not when imported by tests.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await main();
