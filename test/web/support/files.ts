/**
 * The mail files under a fixture folder, for expected values read from the raw files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}
