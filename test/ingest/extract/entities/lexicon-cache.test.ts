/**
 * The word tables kept between processes (lexicon-cache.ts, issue 13): built once, read back whole and
 * unchanged, built again when the file is damaged, never a failure when the folder cannot be written;
 * and the extractor's real tables answer the same read from the cache as built from their packages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { projectRoot } from '../../../../db/paths.js';
import { cachedLexicon, lexiconKey } from '../../../../ingest/extract/entities/recognise/lexicons/lexicon-cache.js';

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'leakgraph-lexicons-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// Words JSON must carry exactly: accents, a decomposed accent, a line separator, an astral character.
const FIELDS = ['words', 'values'] as const;
const TABLE = { words: ['houston', 'molière', 'mole\u0300re', 'a\u2028b', '𝔄x', "o'neil"], values: [1, 2 ** 30, 0] };

describe('lexicon cache', () => {
  it('builds a table once, then reads it back equal without building', async () => {
    const folder = tempFolder();
    let builds = 0;
    const build = () => {
      builds++;
      return structuredClone(TABLE);
    };
    expect(await cachedLexicon('table', FIELDS, build, () => folder)).toEqual(TABLE);
    expect(readdirSync(folder)).toEqual([`table-${lexiconKey()}.json`]);
    expect(await cachedLexicon('table', FIELDS, build, () => folder)).toEqual(TABLE);
    expect(builds).toBe(1);
  });

  it('builds again over a damaged file, and mends it', async () => {
    const folder = tempFolder();
    const file = join(folder, `table-${lexiconKey()}.json`);
    writeFileSync(file, JSON.stringify(TABLE).slice(0, 40));
    let builds = 0;
    const build = () => (builds++, structuredClone(TABLE));
    expect(await cachedLexicon('table', FIELDS, build, () => folder)).toEqual(TABLE);
    expect(builds).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(TABLE);
  });

  it('builds again over a file of another shape', async () => {
    const folder = tempFolder();
    const file = join(folder, `table-${lexiconKey()}.json`);
    let builds = 0;
    const build = () => (builds++, structuredClone(TABLE));
    for (const wrong of ['{}', 'null', '[]', JSON.stringify({ words: TABLE.words, values: 7 })]) {
      writeFileSync(file, wrong);
      expect(await cachedLexicon('table', FIELDS, build, () => folder)).toEqual(TABLE);
    }
    expect(builds).toBe(4);
  });

  it("removes the same table's files of older code in the same place, and no other table's or place's", async () => {
    const folder = tempFolder();
    const [where] = lexiconKey().split('-');
    const kept = [`other-${where}-0000000000000000.json`, 'table-00000000-0000000000000000.json'];
    for (const file of [...kept, `table-${where}-0000000000000000.json`]) writeFileSync(join(folder, file), '{}');
    await cachedLexicon(
      'table',
      FIELDS,
      () => TABLE,
      () => folder,
    );
    expect(readdirSync(folder).sort()).toEqual([...kept, `table-${lexiconKey()}.json`].sort());
  });

  it('only builds when the folder cannot be made or written', async () => {
    const parent = tempFolder();
    const blocker = join(parent, 'a-file');
    writeFileSync(blocker, '');
    let builds = 0;
    const build = () => (builds++, structuredClone(TABLE));
    // A folder under a regular file cannot be created, by any user.
    expect(await cachedLexicon('table', FIELDS, build, () => join(blocker, 'lexicons'))).toEqual(TABLE);
    expect(await cachedLexicon('table', FIELDS, build, () => join(blocker, 'lexicons'))).toEqual(TABLE);
    expect(
      await cachedLexicon('table', FIELDS, build, () => {
        throw new Error('no data folder');
      }),
    ).toEqual(TABLE);
    expect(builds).toBe(3);
  });
});

// The extractor's own tables in two fresh processes sharing one empty data folder: the first builds
// them from the packages and writes them, the second reads them. Both must answer every question the
// same, and as the facts are (hand-checked: Houston is a US city of over 2 million, TX a state code,
// Katarzyna a given name, "pipeline" an English word, "Molière" (folded: moliere) a proper noun, "maison" French).
const PROBE = `
const d = await import(process.argv[1] + '/dictionaries.js');
const g = await import(process.argv[1] + '/given-names.js');
const w = await import(process.argv[1] + '/world-places.js');
const words = ['pipeline', 'maison', 'houston', 'moliere', 'katarzyna', 'kowalski', 'allen', 'enron', 'the', 'qzxv'];
const places = ['Houston', 'San Juan', 'New Mexico', 'Bouches-du-Rhône', 'Lyon', 'Qzxv'];
console.log(JSON.stringify({
  words: words.map((k) => [k, d.isDictionaryWord(k), d.isKnownProperNoun(k), d.isFrenchWord(k), g.isGivenName(k), g.isSurname(k)]),
  places: places.map((p) => [p, w.lookUpPlace(p) ?? null]),
  codes: ['TX', 'NM', 'ZZ'].map((c) => w.isStateCode(c)),
  size: w.placeCount(),
}));`;

describe('the extractor’s tables, built and cached', () => {
  const lexicons = join(projectRoot(), 'dist', 'ingest', 'extract', 'entities', 'recognise', 'lexicons');
  const probe = (home: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, lexicons], {
        env: { ...process.env, LEAKGRAPH_HOME: home },
        encoding: 'utf8',
      }),
    );

  // dist/ is built by `npm test` before the tests run, as for the command-line tests.
  it('answer the same from the cache as from the packages', () => {
    const home = tempFolder();
    const built = probe(home);
    const cache = join(home, 'cache', 'lexicons');
    expect(readdirSync(cache).sort()).toEqual(
      ['dictionaries', 'given-names', 'world-places'].map((n) => `${n}-${lexiconKeyOf(lexicons)}.json`),
    );
    const read = probe(home);
    expect(read).toEqual(built);
    const answer = (word: string) => built.words.find((w: unknown[]) => w[0] === word);
    expect(answer('pipeline')[1]).toBe(true);
    expect(answer('moliere')[2]).toBe(true);
    expect(answer('katarzyna')[4]).toBe(true);
    expect(answer('maison')[3]).toBe(true);
    expect(answer('qzxv').slice(1)).toEqual([false, false, false, false, false]);
    // Each table answers its own question only: a city is not a French common word, a word not a name.
    expect(answer('houston')[3]).toBe(false);
    expect(answer('pipeline')[4]).toBe(false);
    const houston = built.places.find((p: unknown[]) => p[0] === 'Houston')[1];
    expect(houston.population).toBeGreaterThan(2_000_000);
    expect(built.codes).toEqual([true, true, false]);
    expect(built.places.find((p: unknown[]) => p[0] === 'Qzxv')[1]).toBeNull();
  });
});

/** The key as the built modules compute it (from dist/'s own files, not the sources this test imports). */
function lexiconKeyOf(folder: string): string {
  return execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `console.log((await import(process.argv[1] + '/lexicon-cache.js')).lexiconKey())`,
      folder,
    ],
    { encoding: 'utf8' },
  ).trim();
}
