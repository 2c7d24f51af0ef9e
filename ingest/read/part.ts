/**
 * ① read: `leakgraph ingest --part I/N`: which files belong to part I of N. A file is a unit (an
 * archive, an mbox or a PST goes whole to one part), assigned by a hash of its path below the folder
 * given on the command line (with that folder's name), so every machine holding a copy of the dump,
 * wherever it is mounted, agrees on the split, and the N parts together read every file exactly once.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

import type { Part } from '../model.js';
import type { FoundFile } from './walk.js';

export class PartError extends Error {
  override name = 'PartError';
}

/** "2/4" → {index: 2, count: 4}. */
export function parsePart(text: string): Part {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new PartError(`--part ${text}: expected I/N with 1 ≤ I ≤ N, such as 1/4 (the first of four parts)`);
  return { index, count };
}

/** The path that names a file the same on every machine: the given folder's name, then the path below it. */
export function partPath(found: FoundFile): string {
  return found.relative === '' ? basename(found.path) : `${basename(found.root)}/${found.relative}`;
}

export function inPart(found: FoundFile, part: Part | undefined): boolean {
  if (!part || part.count === 1) return true;
  const hash = createHash('sha256').update(partPath(found)).digest();
  return hash.readUInt32BE(0) % part.count === part.index - 1;
}
