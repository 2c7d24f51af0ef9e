/**
 * `npm run bench:documents -- [--target N] [--workers N] [--ocr] [--json]`
 *
 * Reads the fixture documents of ../shared/fixtures/documents (or LEAKGRAPH_SHARED), repeated to
 * about N files (default 2,000), through the document worker pool of the built code (dist/, as
 * the ingest runs it). Prints documents/s, MB/s, CPU-seconds per document, peak RSS (VmHWM) and
 * the slowest document against its time limit — for the mixed set and for each format, each
 * measured in a process of its own so that peak RSS belongs to that run alone. With --ocr: the
 * mixed set with OCR on, and an `ocr` group of page images (the scanned fixture and the first page
 * of each py-pdf sample rendered at 144 dpi) for what OCR costs a page.
 * Timings are only meaningful on a quiet machine; CPU-seconds per document less so disturbed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

import { projectRoot } from '../../db/paths.js';
import { sharedDir } from '../../test/support/shared.js';
import type * as Limits from '../../ingest/extract/documents/limits.js';
import type * as Pool from '../../ingest/workers/pool.js';
import type { DocumentWork } from '../../ingest/workers/protocol.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
if (flag('--help')) {
  process.stdout.write(
    'npm run bench:documents -- [--target N] [--workers N] [--ocr] [--json]\n' +
      '  Reads the fixture documents repeated to ~N files (default 2000) through the document worker pool.\n' +
      '  --workers N  worker threads (default: the number of cores)\n' +
      '  --ocr        OCR on: the mixed set, then page images only (what OCR costs a page)\n' +
      '  --json       one JSON array on stdout\n',
  );
  process.exit(0);
}
const target = option('--target', 2000);
const json = flag('--json');
const log = (line: string) => process.stderr.write(`${line}\n`);

const FORMAT_OF: Record<string, string> = {
  docx: 'docx',
  doc: 'doc',
  xlsx: 'xlsx',
  xls: 'xls',
  pptx: 'pptx',
  ppt: 'ppt',
  odt: 'odf',
  ods: 'odf',
  odp: 'odf',
  rtf: 'rtf',
  pdf: 'pdf',
};

function fixtureFiles(): { path: string; group: string }[] {
  const dir = join(sharedDir(), 'fixtures', 'documents');
  if (!existsSync(dir)) {
    process.stderr.write(`bench:documents: ${dir} not found; set LEAKGRAPH_SHARED to the shared fixtures folder\n`);
    process.exit(2);
  }
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(pdf|docx?|xlsx?|pptx?|od[tsp]|rtf)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ path, group: FORMAT_OF[path.split('.').pop()!.toLowerCase()]! }));
}

function fixtureItems(group: string): DocumentWork[] {
  return fixtureFiles()
    .filter((f) => group === 'mixed' || f.group === group)
    .map((f) => ({ bytes: readFileSync(f.path), name: relative(join(sharedDir(), 'fixtures', 'documents'), f.path) }));
}

/** Pages to OCR: the scanned fixture, and the first page of every py-pdf sample as a 144-dpi PNG. */
async function scannedPages(): Promise<DocumentWork[]> {
  const { renderPageToPng } = await import('../../test/ingest/extract/documents/build-scans.js');
  const items: DocumentWork[] = fixtureItems('pdf').filter((f) => f.name!.endsWith('testOCR.pdf'));
  for (const pdf of fixtureItems('pdf').filter((f) => f.name!.startsWith('py-pdf/'))) {
    const png = await renderPageToPng(pdf.bytes).catch(() => undefined); // the encrypted one does not open
    if (png) items.push({ bytes: png, name: `${pdf.name} (page 1 as PNG)` });
  }
  return items;
}

interface RunResult {
  group: string;
  documents: number;
  megabytes: number;
  seconds: number;
  docsPerSecond: number;
  megabytesPerSecond: number;
  cpuSecondsPerDocument: number;
  peakRssMb: number;
  statuses: Record<string, number>;
  slowest: { name: string; ms: number; limitMs: number };
}

/** One measured run, in this process: the group's files repeated to about `count`. */
async function run(group: string, count: number): Promise<RunResult> {
  const dist = (p: string) => pathToFileURL(join(projectRoot(), 'dist', p)).href;
  const { WorkerPool, defaultWorkerCount } = (await import(dist('ingest/workers/pool.js'))) as typeof Pool;
  const { DEFAULT_TIME_LIMIT_MS } = (await import(dist('ingest/extract/documents/limits.js'))) as typeof Limits;
  const base = group === 'ocr' ? await scannedPages() : fixtureItems(group);
  const items: DocumentWork[] = Array.from(
    { length: Math.max(base.length, Math.round(count / base.length) * base.length) },
    (_, i) => base[i % base.length]!,
  );
  const workers = option('--workers', defaultWorkerCount());
  const pool = new WorkerPool('documents', workers, { documents: { ocr: flag('--ocr') } });
  const statuses: Record<string, number> = {};
  let slowest = { name: '', ms: 0, limitMs: DEFAULT_TIME_LIMIT_MS };
  // Workers start and load their readers before the clock: one warm-up document per worker.
  for await (const _ of pool.map(base.slice(0, workers))) void _;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let i = 0;
  const step = Math.max(1, Math.round(items.length / 10));
  for await (const record of pool.map(items)) {
    if (i > 0 && i % step === 0) {
      const rate = i / ((performance.now() - started) / 1000);
      log(
        `  ${group}: ${i}/${items.length}, ${Math.round(rate)} docs/s, ETA ${Math.round((items.length - i) / rate)} s`,
      );
    }
    statuses[record.status] = (statuses[record.status] ?? 0) + 1;
    if (record.elapsedMs > slowest.ms)
      slowest = { name: items[i]!.name!, ms: record.elapsedMs, limitMs: DEFAULT_TIME_LIMIT_MS };
    i++;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await pool.close();
  const megabytes = items.reduce((n, item) => n + item.bytes.byteLength, 0) / 1024 / 1024;
  const hwm = Number(readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
  return {
    group,
    documents: items.length,
    megabytes: Math.round(megabytes * 10) / 10,
    seconds: Math.round(seconds * 100) / 100,
    docsPerSecond: Math.round(items.length / seconds),
    megabytesPerSecond: Math.round((megabytes / seconds) * 10) / 10,
    cpuSecondsPerDocument: Math.round(((used.user + used.system) / 1e6 / items.length) * 10000) / 10000,
    peakRssMb: Math.round(hwm / 1024),
    statuses,
    slowest,
  };
}

async function main(): Promise<void> {
  const child = args.indexOf('--child');
  if (child >= 0) {
    process.stdout.write(`${JSON.stringify(await run(args[child + 1]!, target))}\n`);
    return;
  }
  // With OCR the formats read as without it (the engine loads only for page images); what OCR
  // costs is measured on page images of their own.
  const groups = flag('--ocr') ? ['mixed', 'ocr'] : ['mixed', ...new Set(fixtureFiles().map((f) => f.group))];
  const counts: Record<string, number> = { mixed: target, ocr: Math.round(target / 20) };
  const results: RunResult[] = [];
  for (const group of groups) {
    const count = counts[group] ?? Math.round(target / 4);
    log(`Reading ${group} documents (~${count})…`);
    const out = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1]!,
        '--child',
        group,
        '--target',
        String(count),
        ...args.filter((a) => a === '--ocr'),
        ...(args.includes('--workers') ? ['--workers', String(option('--workers', 0))] : []),
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    results.push(JSON.parse(out.trim().split('\n').at(-1)!) as RunResult);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return;
  }
  log('group    docs   docs/s   MB/s  CPU-s/doc  peak RSS  slowest (limit)');
  for (const r of results) {
    log(
      `${r.group.padEnd(7)} ${String(r.documents).padStart(5)} ${String(r.docsPerSecond).padStart(8)} ${String(r.megabytesPerSecond).padStart(6)} ${r.cpuSecondsPerDocument.toFixed(4).padStart(10)} ${`${r.peakRssMb} MB`.padStart(9)}  ${r.slowest.ms} ms of ${r.slowest.limitMs} (${r.slowest.name})  ${JSON.stringify(r.statuses)}`,
    );
  }
}

await main();
