/**
 * Reading throughput, no parsing: `npx tsx test/ingest/read/measure-read.ts <path…>` reads the
 * paths with readSources and prints messages/s, MB/s (of message bytes and of input bytes) and
 * peak RSS; CPU seconds too, since wall time on a shared machine depends on the neighbours. Not a test: a measurement for the ingest benchmark's read stage (issue 3).
 */
import { readSources } from '../../../ingest/read/read-sources.js';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  process.stderr.write('usage: tsx test/ingest/read/measure-read.ts <path…>\n');
  process.exit(2);
}
let messages = 0;
let messageBytes = 0;
let inputBytes = 0;
let issues = 0;
let skipped = 0;
let peakRss = 0;
const started = performance.now();
const cpuStarted = process.cpuUsage();
const events = { onIssue: () => issues++, onSkip: () => skipped++, onBytes: (n: number) => (inputBytes += n) };
for await (const m of readSources(paths, events)) {
  messages++;
  messageBytes += m.bytes.byteLength;
  if (messages % 5000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
}
peakRss = Math.max(peakRss, process.memoryUsage.rss());
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const MB = 1024 * 1024;
process.stdout.write(
  `${JSON.stringify({
    messages,
    issues,
    skipped,
    seconds: Number(seconds.toFixed(2)),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    messagesPerCpuSecond: Math.round(messages / cpuSeconds),
    messagesPerSecond: Math.round(messages / seconds),
    messageMBPerSecond: Number((messageBytes / MB / seconds).toFixed(1)),
    inputMBPerSecond: Number((inputBytes / MB / seconds).toFixed(1)),
    peakRssMB: Math.round(peakRss / MB),
  })}\n`,
);
