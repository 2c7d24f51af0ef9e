/**
 * `leakgraph ingest <path…>`: the two passes of the ingest with progress, and the summary.
 */
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';

import { connectDatabase } from '../../db/ensure.js';
import type { Instance } from '../../db/instance.js';
import { BULK_MIN_INPUT_BYTES, type LoadMode, chooseLoad } from '../../ingest/load-choice.js';
import { DEFAULT_BATCH_SIZE, type IngestOptions, type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { createCountReporter, createProgressReporter } from '../progress.js';
import { DEFAULT_READ_LIMITS, inputBytes } from '../../ingest/read/read-sources.js';
import type * as FirstLoad from '../../ingest/first-load.js';
import { DEFAULT_ATTACHED_LIMITS } from '../../ingest/workers/attached-limits.js';
import { defaultWorkerCount } from '../../ingest/workers/pool.js';
import type { Part } from '../../ingest/model.js';
import { collect, partOption, positiveInt, workerCount } from '../options.js';
import { say } from '../output.js';
import { terminalText } from '../terminal-text.js';
import { DOCUMENT_UNIT, documentPassLine } from '../document-lines.js';
import { defaultKeyPaths } from '../key-paths.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

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
  if (summary.timings) {
    const parts = Object.entries(summary.timings).map(([part, seconds]) => `${part} ${seconds}s`);
    say(`Bulk first load (neo4j-admin import): ${parts.join(', ')}`);
  }
  const found = summary.documents;
  if (found.attachments || found.loose || found.pass)
    say(`Documents found: ${found.attachments} attachments of new messages, ${found.loose} loose documents`);
  if (found.pass && found.pass.pending > 0) say(documentPassLine(found.pass));
  if (summary.entities) {
    const e = summary.entities;
    say(
      `Entities: ${e.messages} messages and ${e.documents} documents read in ${e.seconds}s, ${e.mentions} mentions${e.failed ? `, ${e.failed} could not be read for names` : ''}`,
    );
  }
  if (summary.part && !summary.part.last)
    say(
      `Part ${summary.part.index}/${summary.part.count} written (${summary.part.finished} of ${summary.part.count} parts finished). ` +
        'The last part to finish derives persons, counts and threads for all of them (or run `leakgraph derive`).',
    );
  for (const f of summary.failures.slice(0, 10)) {
    const where =
      [f.source.path, ...f.source.entries].join(' » ') + (f.source.position ? ` #${f.source.position}` : '');
    // Names and errors come from the leak: one line each, whatever they hold.
    say(`  failed (${f.stage}): ${terminalText(where)}: ${terminalText(f.error)}`);
  }
  if (summary.failed > 10) say('  … all failures: `leakgraph failures`');
}

// The bulk path (CSV writer, neo4j-admin) loads only when a first load takes it.
const firstLoad: typeof FirstLoad.firstLoad = async (...args) =>
  (await import('../../ingest/first-load.js')).firstLoad(...args);

/**
 * Runs an ingest with its progress bars (or log lines), then prints the summary. `instance`: the
 * managed database, when leakgraph manages it (the bulk first load needs it); `mode`: --bulk / --no-bulk.
 */
export async function runIngest(
  driver: Driver,
  paths: string[],
  pass: PassOptions,
  options: Omit<IngestOptions, 'paths'> & {
    quiet?: boolean;
    json?: boolean;
    instance?: Instance;
    mode?: LoadMode;
  } = {},
): Promise<IngestSummary> {
  const { quiet = false, json = false, instance, mode = 'auto', ...rest } = options;
  const progress = createProgressReporter({ quiet });
  const entityProgress = createCountReporter('entities', { quiet });
  const documentProgress = createCountReporter('documents', { quiet, unit: DOCUMENT_UNIT });
  const phases = {
    csv: createCountReporter('csv files', { quiet, unit: { short: 'partition', long: 'partitions' } }),
    import: createCountReporter('neo4j-admin import', { quiet, unit: { short: '%', long: '%' } }),
  };
  const stopBefore = () => [progress, phases.csv, phases.import].forEach((r) => r.stop());
  const stopAll = () =>
    [progress, documentProgress, entityProgress, phases.csv, phases.import].forEach((r) => r.stop());
  try {
    const bytes = await inputBytes(paths, rest.part);
    const choice = await chooseLoad(driver, {
      mode,
      managed: instance !== undefined,
      inputBytes: bytes,
      split: rest.part !== undefined,
    });
    if (choice.note && !quiet) say(choice.note);
    const common: IngestOptions = {
      ...rest,
      paths,
      inputBytes: bytes,
      keys: [...defaultKeyPaths(), ...pass.keys],
      allowDns: !!pass.dns,
      noVerify: !pass.verify,
      noEntities: !pass.entities,
      ...(!pass.documents && { noDocuments: true }),
      ...(pass.rebuildDocuments && { rebuildDocuments: true }),
      onProgress: (p) => progress.update(p),
      onDocumentProgress: (done, total) => {
        stopBefore();
        documentProgress.update(done, total);
      },
      onEntityProgress: (done, total) => {
        stopBefore();
        documentProgress.stop();
        entityProgress.update(done, total);
      },
    };
    const summary =
      choice.path === 'bulk' && instance
        ? await firstLoad(driver, {
            ...common,
            instance,
            onPhase: (phase, done, total) => {
              progress.stop();
              if (phase === 'import') phases.csv.stop();
              phases[phase].update(done, total);
            },
            log: (line) => {
              if (quiet) return;
              stopBefore();
              say(line);
            },
          })
        : await ingest(driver, common);
    stopAll();
    printSummary(summary, json);
    return summary;
  } finally {
    stopAll();
  }
}

interface IngestCommandOptions extends PassOptions {
  workers: number;
  part?: Part;
  batchSize: number;
  maxMessageMb: number;
  maxArchiveGb: number;
  maxArchiveEntries: number;
  maxArchiveDepth: number;
  maxBufferMb: number;
  maxAttachedDepth: number;
  maxAttachedMessages: number;
  json?: boolean;
  quiet?: boolean;
  bulk?: boolean;
}

export function registerIngestCommand(program: Command): void {
  const command = program
    .command('ingest')
    .description(
      'read mail files (eml, maildir, mbox, pst/msg, archives) and the documents among and attached to them into the graph; running it again changes nothing',
    )
    .argument('<path...>', 'files or folders to read, recursively')
    .option(
      '--workers <n>',
      'most worker threads (0 = everything on the main thread); parsing adds one per 4 MB of mail read, the entity pass starts one per 4,000 items, up to it',
      workerCount,
      defaultWorkerCount(),
    )
    .option('--batch-size <n>', 'messages per database transaction', positiveInt, DEFAULT_BATCH_SIZE)
    .option(
      '--part <I/N>',
      'read only part I of N of the files (split by path; run the N parts at once, on one machine or many, into one database): the last to finish derives',
      partOption,
    )
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
      '--max-attached-depth <n>',
      'mail attached to mail is read as messages down to this many levels; deeper ones stay documents of their carrier',
      positiveInt,
      DEFAULT_ATTACHED_LIMITS.maxDepth,
    )
    .option(
      '--max-attached-messages <n>',
      'attached mails read as messages out of one message (all levels); the rest stay documents of their carrier',
      positiveInt,
      DEFAULT_ATTACHED_LIMITS.maxMessages,
    );
  addPassOptions(command)
    .option(
      '--bulk',
      'load with neo4j-admin import into the stopped managed database (it must be empty; not with NEO4J_URI): the fastest first load of a large dump',
    )
    .option(
      '--no-bulk',
      `always load with transactions (by default a first load of ${BULK_MIN_INPUT_BYTES / MiB} MB or more into an empty managed database is bulk)`,
    )
    .option('--json', 'print the final summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output')
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      const { driver, connection } = await connectDatabase({ autoStart: true, log: opts.quiet ? () => {} : say });
      try {
        const summary = await runIngest(driver, paths, opts, {
          quiet: !!opts.quiet,
          json: !!opts.json,
          ...(connection.instance && { instance: connection.instance }),
          mode: opts.bulk === undefined ? 'auto' : opts.bulk ? 'bulk' : 'transactional',
          workers: opts.workers,
          batchSize: opts.batchSize,
          ...(opts.part && { part: opts.part }),
          limits: {
            maxMessageBytes: opts.maxMessageMb * MiB,
            maxArchiveBytes: opts.maxArchiveGb * GiB,
            maxArchiveEntries: opts.maxArchiveEntries,
            maxArchiveDepth: opts.maxArchiveDepth,
            maxBufferedBytes: opts.maxBufferMb * MiB,
          },
          attached: { maxDepth: opts.maxAttachedDepth, maxMessages: opts.maxAttachedMessages },
        });
        if (summary.seen === 0 && summary.failed === 0)
          say(
            summary.documents.loose
              ? 'No mail found under the given paths, only documents.'
              : 'No mail found under the given paths.',
          );
      } finally {
        await driver.close();
      }
    });
}
