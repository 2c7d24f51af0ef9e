/**
 * Runs one chunk of raw messages through parse + extract, turning each failure into an IngestIssue
 * so one bad message never takes the others down with it.
 */
import { type ProcessOptions, processMessage } from '../extract/process-message.js';
import type { RawMessage } from '../model.js';
import type { WorkResult } from './protocol.js';

export async function runChunk(items: RawMessage[], options: ProcessOptions): Promise<WorkResult[]> {
  const results: WorkResult[] = [];
  for (const raw of items) {
    try {
      results.push({ ok: true, message: await processMessage(raw, options) });
    } catch (error) {
      results.push({
        ok: false,
        issue: { source: raw.source, stage: 'parse', error: describeError(error), lostMessage: true },
      });
    }
  }
  return results;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
