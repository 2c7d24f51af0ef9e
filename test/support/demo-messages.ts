/**
 * The demo mailbox's mail as raw messages, in path order, for tests that feed the parse pool: its
 * loose documents (issue 12) are no messages to parse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import type { RawMessage } from '../../ingest/model.js';

export function demoMessages(): RawMessage[] {
  return readdirSync(demoMailboxDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.eml'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ bytes: readFileSync(path), source: { path, entries: [], format: 'eml' as const } }));
}
