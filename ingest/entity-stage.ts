/**
 * The entity pass as the last stage of a load, transactional or bulk (after GraphWriter.derive):
 * runEntityPass, then the messages it could not read written as failures of the run.
 */
import type { Driver } from 'neo4j-driver';

import { buildBatch } from './batch/build-batch.js';
import { type EntityPassSummary, runEntityPass } from './entity-pass.js';
import type { IngestIssue } from './model.js';
import { type ReadTally, keepFailures } from './read-batches.js';
import type { GraphWriter } from './write/graph-writer.js';

export async function extractEntities(
  driver: Driver,
  writer: GraphWriter,
  run: { runId: string; workers: number; onProgress?: ((done: number, total: number) => void) | undefined },
  tally: ReadTally,
): Promise<EntityPassSummary> {
  const issues: IngestIssue[] = [];
  const entities = await runEntityPass(driver, {
    workers: run.workers,
    onFailure: (issue) => issues.push(issue),
    ...(run.onProgress && { onProgress: run.onProgress }),
  });
  // Failures found after the batches are written as a batch of their own (messages: none).
  if (issues.length) await writer.writeBatch(buildBatch([], issues), run.runId);
  keepFailures(tally, issues);
  return entities;
}
