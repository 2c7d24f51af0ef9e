/**
 * Number options (cli/options.ts): one parser, digits only, with a range, used by every command's
 * `<n>` option, so a typo stops the command with a usage error instead of querying with NaN or 0.
 */
import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';

import { buildProgram } from '../../cli/cli.js';
import { port, positiveInt, wholeNumber, workerCount } from '../../cli/options.js';

describe('wholeNumber', () => {
  it.each([
    ['42', 42],
    ['1', 1],
    ['007', 7],
  ])('reads %j as %d', (raw, value) => expect(positiveInt(raw)).toBe(value));

  it.each(['', ' ', 'abc', '12abc', '1.5', '-1', '+3', '1e3', '0x10', ' 7', 'Infinity', '99999999999999999999'])(
    'refuses %j',
    (raw) => expect(() => positiveInt(raw)).toThrow(/expecting a whole number, 1 or more/),
  );

  it('refuses 0 where at least 1 is needed, takes it where 0 means something', () => {
    expect(() => positiveInt('0')).toThrow(/1 or more/);
    expect(workerCount('0')).toBe(0);
  });

  it('keeps to its range', () => {
    expect(port('65535')).toBe(65_535);
    expect(() => port('65536')).toThrow(/from 1 to 65535/);
    expect(() => wholeNumber(2, 5)('6')).toThrow(/from 2 to 5/);
  });
});

// No command named: every command is registered.
const program = await buildProgram(['node', 'leakgraph']);

describe('every number option of every command', () => {
  const commands = (c: Command): Command[] => [c, ...c.commands.flatMap(commands)];
  const numberOptions = commands(program).flatMap((c) =>
    (c.options as Option[]).filter((o) => o.flags.includes('<n>')).map((o) => [`${c.name()} ${o.long}`, o] as const),
  );

  it('exist (the list below is not empty)', () => {
    expect(numberOptions.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ingest --workers',
        'ingest --batch-size',
        'failures --limit',
        'show --copy',
        'serve --port',
      ]),
    );
  });

  it.each(numberOptions)('%s refuses junk, fractions and negatives', (_name, option) => {
    for (const raw of ['abc', '1.5', '-1', '']) expect(() => option.parseArg!(raw, undefined)).toThrow(/whole number/);
  });
});
