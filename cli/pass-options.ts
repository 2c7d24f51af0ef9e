/**
 * The options every command that ingests (`leakgraph ingest`, `leakgraph start`) shares. Apart from
 * the run itself (run-ingest.ts) so a command can register them without loading the pipeline.
 */
import type { Command } from 'commander';

import { collect } from './options.js';

/** The options every command that ingests shares: DKIM keys, DNS, and whether to verify, read documents and read for names. */
export interface PassOptions {
  keys: string[];
  dns?: boolean;
  verify: boolean;
  entities: boolean;
  documents: boolean;
  rebuildDocuments?: boolean;
}

export function addPassOptions(command: Command): Command {
  return command
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
      '--no-documents',
      'skip the document pass that reads attachments and loose documents (`leakgraph documents` runs it later)',
    )
    .option('--rebuild-documents', 'read every document again, not only the new ones')
    .option(
      '--no-entities',
      'skip the second pass that finds people, organisations and places in bodies (`leakgraph entities` runs it later)',
    );
}
