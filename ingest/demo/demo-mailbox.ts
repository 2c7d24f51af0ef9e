/**
 * Where the demo mailbox lives: ingest/demo/mailbox, shipped with the project (see its README).
 */
import { join } from 'node:path';

import { projectRoot } from '../../db/paths.js';

export function demoMailboxDir(): string {
  return join(projectRoot(), 'ingest', 'demo', 'mailbox');
}
