/**
 * Issue 12: the read stage's archive limits (--max-archive-entries, --max-archive-gb,
 * --max-archive-depth; read/limits.ts) bound archive documents too. One run with small limits over
 * three zips attached to mail, each over one limit: the archive gets status 'too-complex' with a
 * reason naming the limit and its option, each refusal is a Failure, the files under the limit are
 * read, and the run completes with its accounting intact (pending + found = read, nothing unreachable).
 *
 * The zips are written by Info-ZIP's `zip`; entry order and sizes are read back from `zipinfo -l`,
 * not from the reader under test.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';

import { loadCypher } from '../../db/cypher.js';
import { ingest } from '../../ingest/pipeline.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../ingest/read/limits.js';
import { useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { onPath, skipUnless } from '../support/optional.js';
import { tempDir } from './read/read-helpers.js';

const skip = skipUnless(!!onPath('zip') && !!onPath('zipinfo'), 'Info-ZIP zip is not installed', 'apt-get install zip');

const LIMITS: ReadLimits = { ...DEFAULT_READ_LIMITS, maxArchiveEntries: 3, maxArchiveBytes: 2000, maxArchiveDepth: 1 };

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** zipinfo -l: each file entry in directory order, with its uncompressed size. */
const zipListing = (zip: string) =>
  execFileSync('zipinfo', ['-l', zip], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /^[-d]r/.test(l))
    .map((l) => {
      const f = l.trim().split(/\s+/);
      return { name: f.slice(9).join(' '), size: Number(f[3]) };
    });

describe.skipIf(!!skip)('archive documents under lowered --max-archive-* limits (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-archive-limits-');
  afterAll(() => tmp.remove());
  const work = join(tmp.dir, 'work');
  const zips: Record<string, { bytes: Buffer; listing: { name: string; size: number }[] }> = {};

  /** Writes `files` in order into `dir`, zips them (in that order) into work/`zip`. */
  const zipFiles = (zip: string, files: [string, Buffer][]) => {
    const dir = join(work, zip.replace('.zip', ''));
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    const path = join(work, zip);
    execFileSync('zip', ['-q', '-D', path, ...files.map(([n]) => n)], { cwd: dir });
    zips[zip] = { bytes: readFileSync(path), listing: zipListing(path) };
    return zips[zip].bytes;
  };
  // Text that does not compress: random bytes in base64, so zip stores it near its size.
  const noise = (n: number) => Buffer.from(createHash('sha512').update(String(n)).digest('base64').repeat(n));

  let summary: Awaited<ReturnType<typeof ingest>>;
  const failures: string[] = [];

  it('refuses each archive over a limit, reads what is under it, and completes with the accounting intact', async () => {
    mkdirSync(work, { recursive: true });
    zipFiles(
      'many.zip',
      [1, 2, 3, 4, 5].map((i) => [`note-${i}.txt`, Buffer.from(`note ${i} of many.zip\n`)]),
    );
    zipFiles('big.zip', [
      ['small.txt', Buffer.from('the small file of big.zip\n')],
      ['large.txt', noise(40)],
    ]);
    zipFiles('inner.zip', [['deep.txt', Buffer.from('the file of inner.zip\n')]]);
    zipFiles('outer.zip', [['inner.zip', zips['inner.zip']!.bytes]]);
    // As zipinfo lists them: 5 entries over a limit of 3; a second entry that takes the bytes over 2000.
    expect(zips['many.zip']!.listing).toHaveLength(5);
    const [small, large] = zips['big.zip']!.listing;
    expect(small!.size).toBeLessThan(LIMITS.maxArchiveBytes);
    expect(small!.size + large!.size).toBeGreaterThan(LIMITS.maxArchiveBytes);

    const root = join(tmp.dir, 'dump', 'maildir', 'alice', 'inbox');
    mkdirSync(root, { recursive: true });
    ['many.zip', 'big.zip', 'outer.zip'].forEach((zip, i) => {
      const headers = {
        from: 'bob@example.org',
        to: 'alice@example.org',
        subject: zip,
        date: `Mon, ${i + 2} Jan 2018 10:00:00 +0000`,
        messageId: `limits-${i}@example.org`,
      };
      const attachment = { name: zip, type: 'application/zip', bytes: zips[zip]!.bytes };
      writeFileSync(join(root, `${i + 1}.`), mimeMessage(headers, 'An archive attached.', [attachment]));
    });

    summary = await ingest(db.driver(), {
      paths: [join(tmp.dir, 'dump')],
      workers: 2,
      noEntities: true,
      limits: LIMITS,
    });
    failures.push(...summary.failures.filter((f) => f.stage === 'document').map((f) => f.error));
    expect([summary.seen, summary.ingested, summary.failed]).toEqual([3, 3, 0]);
    const pass = summary.documents.pass!;
    // Pending: the 3 attachments. many.zip stops after its 3rd entry (3 files); big.zip gives
    // small.txt and refuses large.txt; outer.zip gives inner.zip, which is one archive too deep to open.
    expect(pass.pending).toBe(3);
    expect(pass.archives).toEqual({ opened: 3, files: 5, refused: 1, found: 5 });
    expect(pass.read).toBe(pass.pending + pass.archives.found);
    expect(pass.unreachable).toBe(0);
    expect(pass.byStatus).toEqual({ ok: 5, 'too-complex': 3 }); // 3 notes, small.txt, outer.zip; many, big, inner
  }, 120_000);

  it('gives each refused archive its status and a reason that names the limit and its option', async () => {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (d:Document) RETURN d.sha256 AS sha, d.status AS status, d.reason AS reason');
    const of = (zip: string) => records.find((r) => r.get('sha') === sha(zips[zip]!.bytes))!.toObject();
    expect(of('many.zip').status).toBe('too-complex');
    expect(of('many.zip').reason).toMatch(/stopped at entry 4.*3-entry limit on one archive.*--max-archive-entries/);
    expect(of('big.zip').status).toBe('too-complex');
    expect(of('big.zip').reason).toMatch(/"large\.txt".*2000 bytes.*--max-archive-gb/);
    expect(of('inner.zip').status).toBe('too-complex');
    expect(of('inner.zip').reason).toMatch(/limit of 1 nested containers.*--max-archive-depth/);
    // outer.zip itself is within every limit.
    expect(of('outer.zip').status).toBe('ok');
  });

  it('links the files read under the limits, in the order zipinfo lists them', async () => {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (a:Document)-[x:CONTAINS]->(:Document) RETURN a.sha256 AS archive, x.entry AS entry');
    const entries = (zip: string) =>
      records
        .filter((r) => r.get('archive') === sha(zips[zip]!.bytes))
        .map((r) => r.get('entry') as string)
        .sort();
    expect(entries('many.zip')).toEqual(
      zips['many.zip']!.listing.slice(0, LIMITS.maxArchiveEntries).map((e) => e.name),
    );
    expect(entries('big.zip')).toEqual(['small.txt']);
    expect(entries('outer.zip')).toEqual(['inner.zip']);
    expect(entries('inner.zip')).toEqual([]);
  });

  it('records a Failure per refusal: the refused entry, and every archive whose status is not ok', async () => {
    const stored = await db
      .driver()
      .executeQuery(loadCypher('read/failures'), { run: null, all: false, limit: neo4j.int(100) })
      .then((r) => r.records.map((x) => x.toObject()).filter((f) => f.stage === 'document'));
    const kinds = (list: string[]) => list.map((e) => e.split(':')[0]).sort();
    expect(kinds(stored.map((f) => f.error as string))).toEqual(['limit', 'too-complex', 'too-complex', 'too-complex']);
    expect(kinds(failures)).toEqual(kinds(stored.map((f) => f.error as string)));
    expect(stored.find((f) => (f.error as string).startsWith('limit:'))!.entries).toContain('large.txt');
  });
});
