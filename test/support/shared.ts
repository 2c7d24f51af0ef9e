/**
 * The shared fixtures (../shared, or LEAKGRAPH_SHARED), read in place. When a fixture folder is
 * absent (a fresh clone without ../shared) the tests that need it are skipped, saying what is
 * missing; under LEAKGRAPH_REQUIRE_ALL=1 (CI) that is a failure instead (optional.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { projectRoot } from '../../db/paths.js';
import { skipUnless } from './optional.js';

/** The shared fixtures folder (../shared beside the project), overridable for other layouts. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEAKGRAPH_SHARED ? resolve(env.LEAKGRAPH_SHARED) : resolve(projectRoot(), '..', 'shared');
}

export function sharedPath(relative: string): string {
  return join(sharedDir(), relative);
}

/** Undefined when present; otherwise the one-line reason a test is skipped (a failure under LEAKGRAPH_REQUIRE_ALL=1). */
export function missingShared(relative: string): string | undefined {
  const path = sharedPath(relative);
  return skipUnless(
    existsSync(path),
    `${path} not found`,
    'the shared fixtures: put them at ../shared or set LEAKGRAPH_SHARED to their folder',
  );
}
