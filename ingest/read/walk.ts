/**
 * ① read: lists the files under the paths given on the command line, in a stable order
 * (sorted per folder), so two runs over the same dump see messages in the same order.
 *
 * Paths are the analyst's: a path given on the command line is made absolute but its symbolic
 * links are not resolved, so provenance names the dump as the analyst knows it (a link
 * ~/cases/acme → /mnt/disk7/x stays ~/cases/acme). Below it, links are not followed at all.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { ReadEvents } from '../model.js';

export interface FoundFile {
  /** Absolute, under the path as given (its symbolic links not resolved). */
  path: string;
  /** The ingest argument it was found under (absolute). */
  root: string;
  /** Path relative to root, '/'-separated; '' when the argument was the file itself. */
  relative: string;
}

export async function* walkFiles(paths: string[], events: ReadEvents): AsyncGenerator<FoundFile> {
  for (const given of paths) {
    const root = resolve(given);
    let isFile: boolean;
    try {
      isFile = (await stat(root)).isFile();
    } catch (error) {
      events.onIssue({
        source: { path: given, entries: [] },
        stage: 'read',
        error: `cannot open: ${(error as Error).message}`,
        lostMessage: true,
      });
      continue;
    }
    if (isFile) yield { path: root, root, relative: '' };
    else yield* walkDir(root, root, [], events);
  }
}

async function* walkDir(root: string, dir: string, rel: string[], events: ReadEvents): AsyncGenerator<FoundFile> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    events.onIssue({
      source: { path: dir, entries: [] },
      stage: 'read',
      error: `cannot list folder: ${(error as Error).message}`,
      lostMessage: true,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Symlinks are not followed: a dump must not lead the ingest outside itself.
    if (entry.isSymbolicLink()) {
      events.onSkip(path, 'symbolic link (not followed)');
    } else if (entry.isDirectory()) {
      yield* walkDir(root, path, [...rel, entry.name], events);
    } else if (entry.isFile()) {
      yield { path, root, relative: [...rel, entry.name].join('/') };
    }
  }
}
