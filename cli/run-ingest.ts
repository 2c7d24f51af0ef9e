/**
 * One ingest run as the shell shows it: its progress bars (or log lines), the load it takes
 * (transactions or the bulk first load), and the summary, as text or --json.
 */
import type { Driver } from 'neo4j-driver';

import type { Instance } from '../db/instance.js';
import { type LoadPath, chooseLoad } from '../ingest/load-choice.js';
import { type IngestOptions, type IngestSummary, ingest } from '../ingest/pipeline.js';
import { inputBytes } from '../ingest/read/read-sources.js';
import type * as FirstLoad from '../ingest/first-load.js';
import { DOCUMENT_UNIT, documentPassLine } from './document-lines.js';
import { clearedLine } from './failure-lines.js';
import { defaultKeyPaths } from './key-paths.js';
import { say } from './output.js';
import type { PassOptions } from './pass-options.js';
import { createCountReporter, createProgressReporter } from './progress.js';
import { terminalText } from './terminal-text.js';

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
      `Entities: ${e.messages} messages and ${e.documents} documents read in ${e.seconds}s${e.resident ? ' (by the resident extractor)' : ''}, ${e.mentions} mentions${e.failed ? `, ${e.failed} could not be read for names` : ''}`,
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
  if (summary.cleared > 0) say(clearedLine(summary.cleared));
}

// The bulk path (CSV writer, neo4j-admin) loads only for --bulk.
const firstLoad: typeof FirstLoad.firstLoad = async (...args) =>
  (await import('../ingest/first-load.js')).firstLoad(...args);

/**
 * Runs an ingest with its progress bars (or log lines), then prints the summary. `instance`: the
 * managed database, when leakgraph manages it (the bulk first load needs it); `mode`: --bulk / --no-bulk.
 * An early parse pool or entity worker serves the transactional path only: the bulk path starts its own.
 */
export async function runIngest(
  driver: Driver,
  paths: string[],
  pass: PassOptions,
  options: Omit<IngestOptions, 'paths'> & {
    quiet?: boolean;
    json?: boolean;
    instance?: Instance;
    mode?: LoadPath;
  } = {},
): Promise<IngestSummary> {
  const { quiet = false, json = false, instance, mode = 'transactional', ...rest } = options;
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
    // A refused --bulk is said before the input is walked.
    const load = await chooseLoad(driver, { mode, managed: instance !== undefined, split: rest.part !== undefined });
    const bytes = await inputBytes(paths, rest.part);
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
      load === 'bulk' && instance
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
