/**
 * Where the demo mailbox lives: demo/mailbox, shipped with the project (demo/README.md). Its generator
 * (demo/generate.ts) is a development tool outside the build; `leakgraph start` only needs the files.
 */
import { join } from 'node:path';

import { projectRoot } from '../db/paths.js';

export function demoMailboxDir(): string {
  return join(projectRoot(), 'demo', 'mailbox');
}
