/**
 * `leakgraph entities [--rebuild]`: read the stored messages for names (the ingest's second pass,
 * alone). `leakgraph extract <file.eml | ->`: the entities of one message file, or of plain text on
 * stdin, as JSON — without touching the graph.
 */
import { readFile } from 'node:fs/promises';

import type { Command } from 'commander';

import { connectDatabase } from '../../db/ensure.js';
import { residentExtractorPath } from '../../db/paths.js';
import { runEntityPass } from '../../ingest/entity-pass.js';
import { parseMessage } from '../../ingest/parse/parse-message.js';
import { createCountReporter } from '../progress.js';
import { defaultWorkerCount } from '../../ingest/workers/pool.js';
import { connectResidentExtractor } from '../../ingest/workers/resident-extractor.js';
import { correspondentId } from '../../ingest/write/entities.js';
import { workerCount } from '../options.js';
import { printJson, say } from '../output.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// The extractor and its lexicons (~75 MB of heap) load only for `extract`: the entity pass runs it in
// worker threads, and its main thread stays small (issue 13: the pass's peak RSS).
const loadExtractor = () => import('../../ingest/extract/entities/extract-entities.js');

/** The entities of one message file, its correspondents linked by address. */
export async function extractFromFile(path: string) {
  const { extractEntities } = await loadExtractor();
  const parsed = await parseMessage(await readFile(path));
  const people = [parsed.from, ...parsed.to, ...parsed.cc].filter((a) => a !== undefined);
  const participants = people.map((a) => ({
    id: correspondentId(a.email),
    names: a.name ? [a.name] : [],
    addresses: [a.email],
  }));
  const { lang, mentions, truncated } = extractEntities(
    { text: parsed.text, subject: parsed.subject },
    { participants },
  );
  return {
    lang,
    truncated,
    entities: mentions.map((m) => ({
      type: m.type,
      text: m.text,
      field: m.field,
      start: m.start,
      end: m.end,
      key: m.key,
      personId: m.personId ?? null,
    })),
  };
}

export function registerEntityCommands(program: Command): void {
  program
    .command('entities')
    .description(
      'find people, organisations and places in the stored messages and read documents (the second pass of ingest, alone)',
    )
    .option(
      '--rebuild',
      'read every message and document again, not only the ones never read (after new persons were resolved)',
    )
    .option(
      '--workers <n>',
      'most worker threads (0 = everything on the main thread); the entity pass starts one per 4,000 items up to it',
      workerCount,
      defaultWorkerCount(),
    )
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (opts: { rebuild?: boolean; workers: number; json?: boolean }) => {
      const { driver } = await connectDatabase({ autoStart: true, log: say });
      const progress = createCountReporter('entities', { quiet: !!opts.json });
      try {
        // A few pending messages go to the resident extractor if one runs (a pass that wants more threads closes it).
        const resident = opts.workers > 0 ? await connectResidentExtractor(residentExtractorPath()) : undefined;
        const summary = await runEntityPass(driver, {
          rebuild: !!opts.rebuild,
          workers: opts.workers,
          ...(resident && { warm: { pool: resident } }),
          onProgress: (d, t) => progress.update(d, t),
        });
        progress.stop();
        if (opts.json) printJson(summary);
        else
          say(
            `Read ${summary.messages} messages and ${summary.documents} documents in ${summary.seconds}s${summary.resident ? ' (by the resident extractor)' : ''}: ${summary.mentions} mentions${summary.failed ? `, ${summary.failed} failed (see \`leakgraph failures\`)` : ''}.`,
          );
      } finally {
        progress.stop();
        await driver.close();
      }
    });

  program
    .command('extract')
    .description('print the entities of one message file, or of plain text given as "-" on stdin, as JSON')
    .argument('<file>', 'a message file (.eml), or - for plain text on stdin')
    .action(async (file: string) => {
      if (file !== '-') return printJson(await extractFromFile(file));
      const { extractEntities } = await loadExtractor();
      const { lang, mentions, truncated } = extractEntities({ text: await readStdin() }, { raw: true });
      printJson({
        lang,
        truncated,
        entities: mentions.map((m) => ({
          type: m.type,
          text: m.text,
          start: m.start,
          end: m.end,
          key: m.key,
          personId: null,
        })),
      });
    });
}
