/**
 * `leakgraph documents [--rebuild]`: the document pass alone (issue 12) — read the attachments and
 * loose documents not read yet (text, metadata, anomalies), with progress and ETA; failures are
 * recorded like the ingest's and listed by `leakgraph failures`.
 */
import type { Command } from 'commander';

import { connectDatabase } from '../../db/ensure.js';
import { buildBatch } from '../../ingest/batch/build-batch.js';
import { runDocumentPass } from '../../ingest/document-pass.js';
import type { IngestIssue } from '../../ingest/model.js';
import { newRunId } from '../../ingest/pipeline.js';
import { defaultWorkerCount } from '../../ingest/workers/pool.js';
import { DocumentFailures } from '../../ingest/write/cleared-failures.js';
import { GraphWriter } from '../../ingest/write/graph-writer.js';
import { positiveInt, workerCount } from '../options.js';
import { printJson, say } from '../output.js';
import { createCountReporter } from '../progress.js';
import { DOCUMENT_UNIT, documentPassLine, documentSignalsLine } from '../document-lines.js';
import { clearedLine } from '../failure-lines.js';

interface DocumentsCommandOptions {
  rebuild?: boolean;
  workers: number;
  timeLimitS?: number;
  ocr?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function registerDocumentsCommand(program: Command): void {
  program
    .command('documents')
    .description(
      'read the attachments and loose documents not read yet (text, metadata, forgery signs): the document pass of ingest, alone',
    )
    .option('--rebuild', 'read every document again, not only the ones never read')
    .option(
      '--workers <n>',
      'worker threads (0 = everything on the main thread, without limits)',
      workerCount,
      defaultWorkerCount(),
    )
    .option('--time-limit-s <n>', 'seconds one document may take before it is stopped (default 30)', positiveInt)
    .option('--ocr', 'recognise text in scanned PDFs and pictures (English and French; about a second a page)')
    .option('--json', 'print the summary as JSON on stdout')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      '\nA document that cannot be read (encrypted, corrupt, over a limit) keeps its status and reason on the graph\n' +
        'and is listed by `leakgraph failures`; the pass goes on. Running it again reads only new documents.\n' +
        'Then the signals across documents are judged again where anything changed: authors and editors linked\n' +
        'to the correspondents (or kept as aliases), foreign-script or outside editors, edit bursts, documents\n' +
        'modified after they were sent, and one file name with different contents (README: Documents).',
    )
    .action(async (opts: DocumentsCommandOptions) => {
      const quiet = !!opts.quiet || !!opts.json;
      const { driver } = await connectDatabase({ autoStart: true, log: quiet ? () => {} : say });
      const progress = createCountReporter('documents', { quiet, unit: DOCUMENT_UNIT });
      const failures: IngestIssue[] = [];
      const runId = `documents-${newRunId()}`;
      try {
        const earlier = await DocumentFailures.start(driver, !!opts.rebuild);
        const summary = await runDocumentPass(driver, {
          mail: { runId },
          workers: opts.workers,
          ...(opts.rebuild && { rebuild: true }),
          ...(opts.ocr && { ocr: true }),
          ...(opts.timeLimitS && { limits: { timeLimitMs: opts.timeLimitS * 1000 } }),
          onProgress: (done, total) => progress.update(done, total),
          onFailure: (issue) => failures.push(issue),
          onDocumentRead: earlier.onDocumentRead,
        });
        progress.stop();
        if (failures.length) await new GraphWriter(driver).writeBatch(buildBatch([], failures, [], 'pass'), runId);
        const cleared = await earlier.finish(driver, runId);
        if (opts.json) return printJson({ ...summary, cleared });
        say(summary.pending === 0 ? 'No document waits to be read.' : documentPassLine(summary));
        if (cleared > 0) say(clearedLine(cleared));
        const signals = documentSignalsLine(summary);
        if (signals) say(signals);
      } finally {
        progress.stop();
        await driver.close();
      }
    });
}
