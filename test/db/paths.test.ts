/**
 * Issue 14: the data folder (.leakgraph/, or LEAKGRAPH_HOME) is owner-only: created 0700, and an
 * existing one open to others is closed again.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { leakgraphHome } from '../../db/paths.js';

describe('the data folder is owner-only (issue 14)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-home-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('is created 0700, parents included', () => {
    const home = join(dir, 'new', '.leakgraph');
    expect(leakgraphHome({ LEAKGRAPH_HOME: home })).toBe(home);
    expect(mode(home)).toBe(0o700);
  });

  it('an existing folder open to others is made 0700', () => {
    const home = join(dir, 'old');
    mkdirSync(home);
    chmodSync(home, 0o755);
    leakgraphHome({ LEAKGRAPH_HOME: home });
    expect(mode(home)).toBe(0o700);
  });
});
