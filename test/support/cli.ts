/**
 * The built `leakgraph` command (package.json "bin"), for tests and benchmarks that run it as an
 * analyst would: a child process on dist/, after `npm run build`.
 */
import { join } from 'node:path';

import { projectRoot } from '../../db/paths.js';

export function cliEntry(): string {
  return join(projectRoot(), 'dist', 'cli', 'cli.js');
}
