/**
 * The word tables built from packages (the Hunspell dictionaries, faker's name tables, the GeoNames
 * places), kept between processes in the data folder's cache (`cache/lexicons/`). Building them reads
 * and folds some 250,000 names and words, about a CPU-second for every entity worker that starts: most
 * of what an ingest of ten new mails waits for (issue 13). Read back, they are one JSON file each.
 *
 * A table is kept under a hash of everything that decides it: the files of this folder and of the
 * normalisation folder (the code that builds and folds), package-lock.json (the packages' versions)
 * and the Unicode version (folding decomposes accents). A table that cannot be read is built again,
 * one that cannot be written is only built: the cache never stops extraction. Only public word lists
 * are written there, nothing from the mail.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { leakgraphHome, projectRoot } from '../../../../../db/paths.js';

// Raised when the cached form changes without the code that builds it changing.
const FORMAT = 1;

/** Every regular file of these folders, by name, into the hash. */
function hashFolders(hash: ReturnType<typeof createHash>, folders: string[]): void {
  for (const folder of folders) {
    const files = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    for (const file of files) hash.update(`${file}\u0000`).update(readFileSync(join(folder, file)));
  }
}

const here = dirname(fileURLToPath(import.meta.url));
// Where this code runs from: the sources (tests, tsx) and dist/ (the command) each keep their own
// tables, and replacing one's leaves the other's.
const place = createHash('sha256').update(here).digest('hex').slice(0, 8);
let key: string | undefined;

/** The place and hash the tables are kept under (computed once per process: a few small files and the lockfile). */
export function lexiconKey(): string {
  if (key) return key;
  const hash = createHash('sha256').update(`${FORMAT} ${process.versions.unicode ?? ''}\u0000`);
  hashFolders(hash, [here, join(here, '..', '..', 'normalise')]);
  hash.update(readFileSync(join(projectRoot(), 'package-lock.json')));
  key = `${place}-${hash.digest('hex').slice(0, 16)}`;
  return key;
}

/** Where the tables are kept: LEAKGRAPH_HOME's cache folder. */
export function lexiconFolder(): string {
  return join(leakgraphHome(), 'cache', 'lexicons');
}

/** The table in `file` if it has the shape asked for (an array for each field), else undefined. */
function read<T>(file: string, fields: readonly (keyof T & string)[]): T | undefined {
  try {
    const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
    return table && fields.every((f) => Array.isArray(table[f])) ? (table as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a rename), and the same table's older keys (from the same code's place) removed. */
function write(folder: string, name: string, file: string, table: unknown): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, JSON.stringify(table), { mode: 0o600 });
    renameSync(partial, file);
    for (const old of readdirSync(folder))
      if (old.startsWith(`${name}-${place}-`) && join(folder, old) !== file && !old.endsWith('.partial'))
        rmSync(join(folder, old), { force: true });
  } catch {
    // A read-only or full disk: the table was built, and is built again next time.
  }
}

/**
 * The table `build` makes, read from the cache when it was built before by the same code from the same
 * packages. A table is an object of arrays (of strings or numbers), named by `fields`, which survives
 * JSON: callers turn it into their Sets and Maps. A cached file without one of them is built again.
 */
export async function cachedLexicon<T extends Record<string, readonly (string | number)[]>>(
  name: string,
  fields: readonly (keyof T & string)[],
  build: () => T | Promise<T>,
  folder: () => string = lexiconFolder,
): Promise<T> {
  let at: { folder: string; file: string } | undefined;
  try {
    const dir = folder();
    at = { folder: dir, file: join(dir, `${name}-${lexiconKey()}.json`) };
  } catch {
    // No data folder or no lockfile to key on: built every time, as before the cache.
  }
  const cached = at && read<T>(at.file, fields);
  if (cached !== undefined) return cached;
  const table = await build();
  if (at) write(at.folder, name, at.file, table);
  return table;
}
