/**
 * ⑤ write: the parts of a split ingest (`leakgraph ingest --part I/N`, one process per part, on one
 * machine or many, one database). Each part writes its batches; the part that finishes last —
 * the one whose completion the (:PartGroup) node, locked while it is updated, shows to be the N-th —
 * runs the derive and the entity pass once for all of them. `leakgraph derive` does the same by hand.
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../../db/cypher.js';
import type { Part } from '../model.js';

export interface PartProgress {
  /** Parts of the group that have finished writing, this one included. */
  finished: number;
  /** This part finished last: it derives. */
  last: boolean;
}

/** The group of `paths` split `count` ways: the same on every machine (folder names, not mount points). */
export function partGroupKey(paths: string[], count: number): string {
  const names = paths.map((p) => basename(resolve(p))).sort();
  return createHash('sha256')
    .update(JSON.stringify(['parts/1', count, names]))
    .digest('hex')
    .slice(0, 16);
}

export async function startPart(driver: Driver, paths: string[], part: Part): Promise<void> {
  await driver.executeQuery(loadCypher('write/part-start'), {
    key: partGroupKey(paths, part.count),
    count: neo4j.int(part.count),
  });
}

export async function finishPart(driver: Driver, paths: string[], part: Part): Promise<PartProgress> {
  const { records } = await driver.executeQuery(loadCypher('write/part-done'), {
    key: partGroupKey(paths, part.count),
    index: neo4j.int(part.index),
  });
  const finished = records[0]?.get('finished') as unknown;
  return {
    finished: neo4j.isInt(finished) ? (finished as { toNumber(): number }).toNumber() : Number(finished),
    last: records[0]?.get('last') === true,
  };
}
