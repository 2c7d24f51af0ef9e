/**
 * Where the commands find DKIM keys besides --keys: the analyst's standing key folder. Apart from
 * `verify`, so `ingest` names it without loading the verifier.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { leakgraphHome } from '../db/paths.js';
import { type KeyStore, loadKeyStore } from '../ingest/extract/dkim/key-store.js';

/** The analyst's standing key folder, used in addition to --keys. */
export function defaultKeyPaths(): string[] {
  const folder = join(leakgraphHome(), 'keys');
  return existsSync(folder) ? [folder] : [];
}

export async function loadCommandKeys(paths: readonly string[]): Promise<KeyStore> {
  return loadKeyStore([...defaultKeyPaths(), ...paths]);
}
