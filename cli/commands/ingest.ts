/**
 * `leakgraph ingest <path…>`: the two passes of the ingest with progress, and the summary.
 *
 * Its first parse worker and its entity worker (not for --bulk) are started first, before the database
 * driver and the pipeline load (~0.5 s, imported when the command runs): a run of a few new mails would
 * wait for the mail parser (~0.6 s) and the extractor to load, and they load meanwhile on the other core
 * (issue 13).
 */
import type { Command } from 'commander';

import { residentExtractorPath } from '../../db/paths.js';
import { DEFAULT_BATCH_SIZE } from '../../ingest/ingest-defaults.js';
import { DEFAULT_READ_LIMITS } from '../../ingest/read/limits.js';
import type { Part } from '../../ingest/model.js';
import { DEFAULT_ATTACHED_LIMITS } from '../../ingest/workers/attached-limits.js';
import { startEntityWorker } from '../../ingest/workers/entity-worker.js';
import { startParsePool } from '../../ingest/workers/parse-pool.js';
import { defaultWorkerCount } from '../../ingest/workers/pool.js';
import { connectResidentExtractor } from '../../ingest/workers/resident-extractor.js';
import { partOption, positiveInt, workerCount } from '../options.js';
import { say } from '../output.js';
import { type PassOptions, addPassOptions } from '../pass-options.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

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
      'load with neo4j-admin import into the stopped managed database (it must be empty; not with NEO4J_URI); on two cores no faster than the default, see the README',
    )
    .option('--no-bulk', 'load with transactions (the default)')
    .option('--json', 'print the final summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output')
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      // Whether the run wants it depends on the input's size, known later: a large run closes it unused.
      // A resident extractor (`leakgraph serve`, `extractor`) has it loaded already; else this process starts one.
      // A bulk load starts its own parse workers, and its entity pass after the import: neither is started here.
      const entityWorker =
        opts.entities && !opts.part && !opts.bulk && opts.workers > 0
          ? ((await connectResidentExtractor(residentExtractorPath())) ?? startEntityWorker())
          : undefined;
      // Started here, with nothing awaited before the try: its finally closes it on every path.
      const parsePool = opts.workers > 0 && !opts.bulk ? startParsePool(opts.workers) : undefined;
      try {
        const [{ connectDatabase }, { runIngest }] = await Promise.all([
          import('../../db/ensure.js'),
          import('../run-ingest.js'),
        ]);
        const { driver, connection } = await connectDatabase({ autoStart: true, log: opts.quiet ? () => {} : say });
        try {
          const summary = await runIngest(driver, paths, opts, {
            quiet: !!opts.quiet,
            json: !!opts.json,
            ...(connection.instance && { instance: connection.instance }),
            mode: opts.bulk ? 'bulk' : 'transactional',
            workers: opts.workers,
            batchSize: opts.batchSize,
            ...(opts.part && { part: opts.part }),
            ...(entityWorker && { entityWorker }),
            ...(parsePool && { parsePool }),
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
      } finally {
        // Closed by the run already (ingest closes them), unless none began: no connection, a failure before the load.
        await entityWorker?.close();
        await parsePool?.close();
      }
    });
}
