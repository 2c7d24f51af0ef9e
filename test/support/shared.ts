/**
 * The shared fixtures (../shared, or LEAKGRAPH_SHARED), read in place. When a fixture folder is
 * absent (a fresh clone without ../shared) the tests that need it are skipped, saying what is missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { projectRoot } from '../../db/paths.js';

/** The shared fixtures folder (../shared beside the project), overridable for other layouts. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEAKGRAPH_SHARED ? resolve(env.LEAKGRAPH_SHARED) : resolve(projectRoot(), '..', 'shared');
}

export function sharedPath(relative: string): string {
  return join(sharedDir(), relative);
}

/** Undefined when present; otherwise the one-line reason a test is skipped. */
export function missingShared(relative: string): string | undefined {
  const path = sharedPath(relative);
  if (existsSync(path)) return undefined;
  const reason = `skipped: ${path} not found (shared fixtures absent; set LEAKGRAPH_SHARED to their folder)`;
  console.warn(reason);
  return reason;
}
