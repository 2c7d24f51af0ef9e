/* global process, setInterval */
// Preloaded (node --import) into a child process whose memory a test measures: on exit it prints
// the kernel's peak resident set size of the process (VmHWM, Linux) to stderr, so the figure is the
// true peak, not a sample. With LEAKGRAPH_TEST_RSS_LIMIT_MB set it also stops the process (exit 70)
// as soon as its resident set passes that many MB, so a test of unbounded memory fails fast.
import { readFileSync, writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const status = (field) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) : NaN;
};

// Worker threads load the preload too; the process is measured once, from its main thread.
if (isMainThread) process.on('exit', () => writeSync(2, `\nleakgraph-peak-rss-kb=${status('VmHWM')}\n`));

const limit = Number(process.env.LEAKGRAPH_TEST_RSS_LIMIT_MB ?? 0);
if (limit > 0 && isMainThread) {
  setInterval(() => {
    if (status('VmRSS') > limit * 1024) {
      writeSync(2, `\nleakgraph-rss-limit: resident set over ${limit} MB, stopped\n`);
      process.exit(70);
    }
  }, 50).unref();
}
