/**
 * A child process for memory tests: reads the paths given with readSources and prints what it got
 * as JSON (messages' entries, issues' errors). Run with `node --import tsx` by test/support/peak-rss.ts.
 *   read-child.ts <limits as JSON> <path…>
 */
import { DEFAULT_READ_LIMITS, readSources } from '../../../ingest/read/read-sources.js';

const [limits = '{}', ...paths] = process.argv.slice(2);
const messages: string[][] = [];
const issues: { entries: string[]; error: string }[] = [];
const events = {
  onIssue: (i: { source: { entries: string[] }; error: string }) =>
    issues.push({ entries: i.source.entries, error: i.error }),
  onSkip: () => {},
};
for await (const m of readSources(paths, events, { ...DEFAULT_READ_LIMITS, ...JSON.parse(limits) }))
  messages.push(m.source.entries);
process.stdout.write(`${JSON.stringify({ messages, issues })}\n`);
