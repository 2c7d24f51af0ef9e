#!/usr/bin/env node
/**
 * The `leakgraph` command, the app's shell: it sits above the pipeline (ingest/), the API (server/)
 * and the database (db/) and calls them. Each subcommand (cli/commands) is a thin adapter: parse
 * options, connect, call the module that does the work, print the result (human text on stderr,
 * --json on stdout).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Command } from 'commander';

import { say } from './output.js';

type Register = (program: Command) => void;

/**
 * The subcommands, in the order --help lists them, each with the names it registers and its module.
 * A module is loaded only when one of its commands runs: the entity extractor, the document readers
 * and the web server take seconds of CPU to load, which `leakgraph ingest` of ten new mails should
 * not pay (issue 13: incremental cost). `leakgraph --help` and an unknown command load them all.
 */
const COMMANDS: readonly [names: readonly string[], load: () => Promise<Register>][] = [
  [['start', 'serve'], async () => (await import('./commands/serve.js')).registerServeCommands],
  [['ingest'], async () => (await import('./commands/ingest.js')).registerIngestCommand],
  [['derive'], async () => (await import('./commands/derive.js')).registerDeriveCommand],
  [['db'], async () => (await import('./commands/db.js')).registerDbCommands],
  [['show'], async () => (await import('./commands/show.js')).registerShowCommand],
  [['failures'], async () => (await import('./commands/failures.js')).registerFailuresCommand],
  [['people'], async () => (await import('./commands/people.js')).registerPeopleCommands],
  [['documents'], async () => (await import('./commands/documents.js')).registerDocumentsCommand],
  [['entities', 'extract'], async () => (await import('./commands/entities.js')).registerEntityCommands],
  [['extractor'], async () => (await import('./commands/extractor.js')).registerExtractorCommand],
  [['verify'], async () => (await import('./commands/verify.js')).registerVerifyCommand],
  [['queries'], async () => (await import('./commands/queries.js')).registerQueriesCommand],
];

/** The program with the commands `argv` asks for (all of them when it names none, or one unknown). */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('leakgraph')
    .description('Turn a leaked mail dump into a Neo4j knowledge graph and explore it in the browser.')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false });
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  const chosen = COMMANDS.filter(([names]) => name !== undefined && names.includes(name));
  for (const [, load] of chosen.length ? chosen : COMMANDS) (await load())(program);
  return program;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
  } catch (error) {
    const e = error as Error;
    say(`leakgraph: ${e.message}`);
    if (process.env.LEAKGRAPH_DEBUG && e.stack) say(e.stack);
    process.exitCode = 1;
  }
}

// Run when executed (node dist/cli/cli.js, or the npm bin symlink), not when imported by tests.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await main();
