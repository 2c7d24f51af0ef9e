/**
 * Progress of a long ingest: a bar on a terminal (messages, msgs/s, ETA from bytes read),
 * a log line every few seconds otherwise (CI, pipes, nohup).
 */
import cliProgress from 'cli-progress';

import type { IngestProgress } from '../ingest/pipeline.js';

const LOG_EVERY_MS = 10_000;

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function createProgressReporter(options: { quiet: boolean; stream?: NodeJS.WriteStream }): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const started = performance.now();
  const rate = (p: IngestProgress) => p.seen / Math.max(0.001, (performance.now() - started) / 1000);
  if (options.quiet) return { update: () => {}, stop: () => {} };

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'ingest |{bar}| {percentage}% | {seen} msgs ({failed} failed) | {rate} msg/s | ETA {eta_formatted}',
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(p) {
        const payload = { seen: fmt(p.seen), failed: fmt(p.failed), rate: fmt(rate(p)) };
        if (!begun) {
          bar.start(Math.max(1, p.bytesTotal), p.bytesRead, payload);
          begun = true;
        } else bar.update(Math.min(p.bytesRead, p.bytesTotal), payload);
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }

  let last = 0;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < LOG_EVERY_MS) return;
      last = now;
      const pct = p.bytesTotal ? Math.min(100, (100 * p.bytesRead) / p.bytesTotal).toFixed(0) : '?';
      stream.write(
        `ingest: ${pct}% of input, ${fmt(p.seen)} messages (${fmt(p.ingested)} new, ${fmt(p.duplicates)} duplicates, ${fmt(p.failed)} failed), ${fmt(rate(p))} msg/s\n`,
      );
    },
    stop() {},
  };
}

/**
 * Progress of a counted task (the entity pass, the document pass): a bar on a terminal, a line every
 * few seconds otherwise. `unit`: what is counted (messages unless said).
 */
export function createCountReporter(
  label: string,
  options: { quiet: boolean; stream?: NodeJS.WriteStream; unit?: { short: string; long: string } },
): {
  update(done: number, total: number): void;
  stop(): void;
} {
  const stream = options.stream ?? process.stderr;
  // The clock starts with the task's first report, not when the reporter is made (an ingest makes it
  // before reading mail, and its pass starts minutes later).
  let started: number | undefined;
  const unit = options.unit ?? { short: 'msg', long: 'messages' };
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const elapsed = () => performance.now() - (started ?? performance.now());
  const rate = (done: number) => fmt(done / Math.max(0.001, elapsed() / 1000));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} |{bar}| {value}/{total} ${unit.short}s | {rate} ${unit.short}/s | ETA {eta_formatted}`,
        hideCursor: true,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(done, total) {
        started ??= performance.now();
        if (!begun) {
          bar.start(total, done, { rate: rate(done) });
          begun = true;
        } else bar.update(done, { rate: rate(done) });
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(done, total) {
      const now = performance.now();
      started ??= now;
      if (now - last < LOG_EVERY_MS && done < total) return;
      last = now;
      const left = done > 0 && done < total ? `, ETA ${fmt(((total - done) * elapsed()) / done / 1000)}s` : '';
      stream.write(`${label}: ${fmt(done)} of ${fmt(total)} ${unit.long}, ${rate(done)} ${unit.short}/s${left}\n`);
    },
    stop() {},
  };
}
