/**
 * Optional tools and data a test may need (Chromium, networkx, openssl, the shared fixtures). On a
 * new user's machine a test whose tool is missing is skipped, saying in one line what to install;
 * in CI (`.ci/run` sets LEAKGRAPH_REQUIRE_ALL=1) the same absence is a failure, so CI can never go
 * green by skipping.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Set by CI: every optional tool and fixture must be present; a skip would hide a missing test. */
export const REQUIRE_ALL_VARIABLE = 'LEAKGRAPH_REQUIRE_ALL';

export function requireAll(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[REQUIRE_ALL_VARIABLE] === '1';
}

export class MissingRequirementError extends Error {
  override name = 'MissingRequirementError';
}

/**
 * Undefined when `present`; otherwise the one-line reason to skip (also printed), or, under
 * LEAKGRAPH_REQUIRE_ALL=1, a thrown MissingRequirementError that fails the test file.
 */
export function skipUnless(present: boolean, what: string, fix: string): string | undefined {
  if (present) return undefined;
  const line = `${what} (${fix})`;
  if (requireAll()) throw new MissingRequirementError(`${REQUIRE_ALL_VARIABLE}=1 and ${line}: install it, do not skip`);
  const reason = `skipped: ${line}`;
  console.warn(reason);
  return reason;
}

/** The first executable called `name` on PATH, or undefined. */
export function onPath(name: string, path: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** True when `command args…` runs and exits 0 (e.g. python3 -c 'import networkx'). */
export function runsOk(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}
