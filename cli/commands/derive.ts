/**
 * `leakgraph derive`: the derive step and the entity pass alone, for what the ingests since the last
 * derive touched (or the whole graph with --all). A split ingest (`ingest --part I/N`) runs it in the
 * part that finishes last; this command runs it by hand, e.g. when the parts were run with
 * different paths, or after a part failed for good.
 */
import type { Command } from 'commander';

import { connectDatabase } from '../../db/ensure.js';
import { runDerivePass } from '../../ingest/derive-pass.js';
import { newRunId } from '../../ingest/pipeline.js';
import { defaultWorkerCount } from '../../ingest/workers/pool.js';
import { GraphWriter } from '../../ingest/write/graph-writer.js';
import { workerCount } from '../options.js';
import { printJson, say } from '../output.js';
import { createCountReporter } from '../progress.js';
import { DOCUMENT_UNIT, documentPassLine, documentSignalsLine } from '../document-lines.js';

interface DeriveCommandOptions {
  all?: boolean;
  entities: boolean;
  documents: boolean;
  workers: number;
  json?: boolean;
  quiet?: boolean;
}

export function registerDeriveCommand(program: Command): void {
  program
    .command('derive')
    .description(
      'recompute what is derived from the messages (persons, who-talked-to-whom counts, threads, verification, names in bodies) for what changed since the last time',
    )
    .option('--all', 'recompute everything, not only what the ingests since the last derive touched')
    .option(
      '--no-documents',
      'skip the document pass (attachments and loose documents; `leakgraph documents` runs it later)',
    )
    .option('--no-entities', 'skip the entity pass (names in bodies; `leakgraph entities` runs it later)')
    .option(
      '--workers <n>',
      'most worker threads for the entity pass (one per 4,000 items up to it)',
      workerCount,
      defaultWorkerCount(),
    )
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output')
    .action(async (opts: DeriveCommandOptions) => {
      const quiet = !!opts.quiet || !!opts.json;
      const log = quiet ? () => {} : say;
      const { driver } = await connectDatabase({ autoStart: true, log });
      const progress = createCountReporter('entities', { quiet });
      const documentProgress = createCountReporter('documents', { quiet, unit: DOCUMENT_UNIT });
      try {
        const started = performance.now();
        const summary = await runDerivePass(driver, new GraphWriter(driver), {
          runId: `derive-${newRunId()}`,
          workers: opts.workers,
          ...(!opts.entities && { noEntities: true }),
          ...(!opts.documents && { noDocuments: true }),
          ...(opts.all && { everything: true }),
          onStep: (step) => log(`Deriving: ${step}…`),
          onWait: () => log('Waiting for another derive on this database to finish…'),
          onDocumentProgress: (done, total) => documentProgress.update(done, total),
          onEntityProgress: (done, total) => {
            documentProgress.stop();
            progress.update(done, total);
          },
        });
        documentProgress.stop();
        progress.stop();
        const seconds = Math.round((performance.now() - started) / 10) / 100;
        if (opts.json) return printJson({ seconds, ...summary });
        const p = summary.derive.persons;
        say(
          `Derived in ${seconds}s${summary.derive.everything ? ' (the whole graph)' : ''}: ${p.addresses} addresses resolved again, ` +
            `${p.changedPersons} persons changed, ${summary.derive.counts.countedMessages} messages counted, ` +
            `${summary.derive.counts.rebuiltPersons} persons recounted.`,
        );
        if (summary.documents && summary.documents.pending > 0) say(documentPassLine(summary.documents));
        const signals = summary.documents && documentSignalsLine(summary.documents);
        if (signals) say(signals);
        if (summary.entities)
          say(
            `Entities: ${summary.entities.messages} messages and ${summary.entities.documents} documents read in ${summary.entities.seconds}s.`,
          );
      } finally {
        documentProgress.stop();
        progress.stop();
        await driver.close();
      }
    });
}
