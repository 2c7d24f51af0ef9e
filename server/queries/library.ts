/**
 * The curated query library: cypher/queries/*.cypher, each with a header block (header.ts).
 * Read once per process; a malformed file is an error that names the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { cypherDir } from '../../db/cypher.js';
import type { SavedQuery } from '../../contract/index.js';
import { QueryHeaderError, parseQueryFile } from './header.js';

let cache: SavedQuery[] | undefined;

export function libraryDir(): string {
  return join(cypherDir(), 'queries');
}

export function loadLibrary(): SavedQuery[] {
  if (cache) return cache;
  const dir = libraryDir();
  const queries = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const q = parseQueryFile(readFileSync(join(dir, file), 'utf8'), `cypher/queries/${file}`);
      if (`${q.name}.cypher` !== file)
        throw new QueryHeaderError(`cypher/queries/${file}: name "${q.name}" differs from the file name`);
      return { ...q, source: 'library' as const };
    });
  cache = queries;
  return queries;
}

export function findLibraryQuery(name: string): SavedQuery | undefined {
  return loadLibrary().find((q) => q.name === name);
}
