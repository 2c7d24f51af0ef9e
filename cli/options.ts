/**
 * Option parsers the commands share (commander calls them with each raw value).
 */
import { InvalidArgumentError } from 'commander';

/** A repeatable option: each use adds a value. */
export const collect = (value: string, previous: string[]) => [...previous, value];

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expecting a whole number');
  return n;
}
