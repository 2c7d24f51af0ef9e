/**
 * Option parsers the commands share (commander calls them with each raw value). A bad value stops
 * the command before it connects to anything, with commander's "option '--x <n>' argument 'y' is
 * invalid." and what was expected.
 */
import { InvalidArgumentError } from 'commander';

import type { Part } from '../ingest/model.js';
import { parsePart } from '../ingest/read/part.js';

/** A repeatable option: each use adds a value. */
export const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * A whole-number option from `min` to `max`: digits only, so "", "abc", "1.5", "-1", "1e3" and
 * "0x10" are refused rather than read as NaN or as some other number.
 */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`expecting a whole number, ${range}.`);
    }
    return n;
  };
}

/** Sizes, limits and counts that must be at least 1. */
export const positiveInt = wholeNumber(1);

/** Worker threads: 0 runs everything on the main thread. */
export const workerCount = wholeNumber(0);

/** A TCP port to listen on. */
export const port = wholeNumber(1, 65_535);

/** `--part I/N`: the part of a split ingest (ingest/read/part.ts), or commander's error saying what was expected. */
export function partOption(value: string): Part {
  try {
    return parsePart(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
