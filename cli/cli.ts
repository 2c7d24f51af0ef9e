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

import { registerDbCommands } from './commands/db.js';
import { registerDeriveCommand } from './commands/derive.js';
import { registerDocumentsCommand } from './commands/documents.js';
import { registerEntityCommands } from './commands/entities.js';
import { registerFailuresCommand } from './commands/failures.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerPeopleCommands } from './commands/people.js';
import { registerQueriesCommand } from './commands/queries.js';
import { registerServeCommands } from './commands/serve.js';
import { registerShowCommand } from './commands/show.js';
import { registerVerifyCommand } from './commands/verify.js';
import { say } from './output.js';

export function buildProgram(): Command {
  const program = new Command('leakgraph')
    .description('Turn a leaked mail dump into a Neo4j knowledge graph and explore it in the browser.')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false });
  registerServeCommands(program);
  registerIngestCommand(program);
  registerDeriveCommand(program);
  registerDbCommands(program);
  registerShowCommand(program);
  registerFailuresCommand(program);
  registerPeopleCommands(program);
  registerDocumentsCommand(program);
  registerEntityCommands(program);
  registerVerifyCommand(program);
  registerQueriesCommand(program);
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

// Run when executed (node dist/cli/cli.js, or the npm bin symlink), not when imported by tests.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await main();
