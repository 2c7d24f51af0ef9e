/**
 * The resident extractor (issue 13): a host (cli/extractor-host.ts) keeps an entity worker loaded, and
 * an ingest's client (ingest/workers/resident-extractor.ts) hands it the run's correspondents and
 * messages over a Unix socket. What it answers must be what this process's own extractor answers;
 * one ingest at a time; a host that goes away mid-run loses nothing (the rest is read locally); a
 * socket left by a killed host does not stop the next one; only the owner can reach it, an ingest
 * never hands its mail to a socket in a place others could have made, and what a peer sends cannot
 * take the host down.
 * Real mail: the bodies of the Enron sample's messages, and correspondents from their headers.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

import { type ExtractorHost, startExtractorHost } from '../../cli/extractor-host.js';
import type { Correspondent } from '../../ingest/extract/entities/types.js';
import type { EntityResult, EntityWork } from '../../ingest/workers/protocol.js';
import { encodeFrame } from '../../ingest/workers/frames.js';
import { connectResidentExtractor } from '../../ingest/workers/resident-extractor.js';
import { runEntityChunk } from '../../ingest/workers/run-chunk.js';
import { cliEntry } from '../support/cli.js';
import { missingShared, sharedPath } from '../support/shared.js';
import { filesUnder, tempDir } from '../ingest/read/read-helpers.js';

const SAMPLE = 'fixtures/enron-dev-sample/maildir';
const skip = missingShared(SAMPLE);

interface Mail {
  work: EntityWork;
  people: Correspondent[];
}

/** "Slinger, Ryan </O=ENRON/…>, Meyers, Bert <…>" → the display names, in order. */
const displayNames = (xHeader: string) =>
  [...xHeader.matchAll(/([^<>]+?)\s*<[^>]*>/g)].map((m) => m[1]!.replace(/^,\s*/, '').trim()).filter(Boolean);

/** A sample file as the entity pass reads it: its body, subject, and its From/To people (names from X-From/X-To). */
function mail(path: string, i: number): Mail {
  const raw = readFileSync(path, 'latin1');
  const split = raw.indexOf('\n\n');
  const head = raw.slice(0, split).replace(/\n\s+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: ?(.*)$`, 'mi').exec(head)?.[1] ?? '';
  const addresses = [header('From'), header('To')].flatMap((h) => h.split(/,\s*/)).filter((a) => a.includes('@'));
  const names = [...displayNames(header('X-From')), ...displayNames(header('X-To'))];
  const people = addresses.map((a, k) => ({
    id: `address:${a}`,
    names: names[k] ? [names[k]!] : [],
    addresses: [a],
  }));
  return {
    work: {
      id: `m${i}`,
      text: raw.slice(split + 2),
      subject: header('Subject'),
      participants: people,
      sender: people[0]?.id ?? null,
    },
    people,
  };
}

async function collect(results: AsyncIterable<EntityResult>): Promise<EntityResult[]> {
  const all: EntityResult[] = [];
  for await (const r of results) all.push(r);
  return all;
}

describe.skipIf(!!skip)('the resident extractor', () => {
  const tmp = tempDir('resident');
  const path = join(tmp.dir, 'run', 'extractor.sock');
  afterAll(() => tmp.remove());
  let host: ExtractorHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  const mails = skip ? [] : filesUnder(sharedPath(SAMPLE)).slice(0, 400).map(mail);
  const items = mails.map((m) => m.work);
  // Every person of the sample once (by id), the gazetteer's correspondents.
  const everyone = [...new Map(mails.flatMap((m) => m.people).map((p) => [p.id, p])).values()];

  it('answers as this process reads, one ingest at a time, behind an owner-only socket', async () => {
    host = await startExtractorHost(path);
    expect(host).toBeDefined();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(tmp.dir, 'run')).mode & 0o777).toBe(0o700);
    // A second host for the same folder finds the first one answering and does not start.
    expect(await startExtractorHost(path)).toBeUndefined();

    const client = await connectResidentExtractor(path);
    expect(client).toBeDefined();
    // Another ingest meanwhile gets no session: it loads its own extractor.
    expect(await connectResidentExtractor(path)).toBeUndefined();
    client!.configure({ correspondents: everyone });
    const results = await collect(client!.map(items));
    await client!.close();

    const expected = await runEntityChunk(items, { correspondents: everyone });
    expect(results).toEqual(expected);
    expect(client!.resident).toBe(true);
    // Hand-checked: the sample mail names people the gazetteer links.
    expect(expected.filter((r) => r.ok && r.mentions.some((m) => m.personId)).length).toBeGreaterThan(10);

    // The next ingest, with fewer correspondents: the host's gazetteer drops the ones gone.
    const fewer = everyone.filter((_, k) => k % 3 !== 0);
    const next = await connectResidentExtractor(path);
    expect(next).toBeDefined();
    next!.configure({ correspondents: fewer });
    const again = await collect(next!.map(items));
    await next!.close();
    expect(again).toEqual(await runEntityChunk(items, { correspondents: fewer }));
    expect(again).not.toEqual(results);
    expect(host!.sessions).toBe(2);
  }, 120_000);

  it('reads every message locally when the host goes away mid-run', async () => {
    host = await startExtractorHost(path);
    const client = await connectResidentExtractor(path);
    client!.configure({ correspondents: everyone });
    const results: EntityResult[] = [];
    for await (const r of client!.map(items)) {
      results.push(r);
      // Gone after its first answer, with chunks still out.
      if (results.length === 1) await host!.close();
    }
    await client!.close();
    host = undefined;
    expect(client!.resident).toBe(false);
    expect(results).toEqual(await runEntityChunk(items, { correspondents: everyone }));
  }, 120_000);

  it('starts where a killed host left its socket', async () => {
    const env = { ...process.env, LEAKGRAPH_HOME: tmp.dir };
    const child = spawn(process.execPath, [cliEntry(), 'extractor'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let said = '';
    child.stderr.on('data', (d) => (said += d));
    const deadline = Date.now() + 30_000;
    while (!said.includes('waits for ingests') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(said).toContain(path);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(path)).toBe(true);
    expect(await connectResidentExtractor(path)).toBeUndefined();

    host = await startExtractorHost(path);
    expect(host).toBeDefined();
    const client = await connectResidentExtractor(path);
    client!.configure({ correspondents: everyone });
    expect(await collect(client!.map(items.slice(0, 5)))).toEqual(
      await runEntityChunk(items.slice(0, 5), { correspondents: everyone }),
    );
    await client!.close();
    expect(readdirSync(join(tmp.dir, 'run'))).toEqual(['extractor.sock']);
  }, 120_000);

  it('refuses a socket path too long to be one, and a place others could write to', async () => {
    const long = join(tmp.dir, 'x'.repeat(120), 'run', 'extractor.sock');
    await expect(startExtractorHost(long)).rejects.toThrow(/more than a Unix socket takes \(103\): set LEAKGRAPH_HOME/);
    expect(await connectResidentExtractor(long)).toBeUndefined();

    // A folder reached through a link is not one the host made for itself.
    const real = join(tmp.dir, 'elsewhere');
    mkdirSync(real, { mode: 0o700 });
    const linked = join(tmp.dir, 'linked');
    mkdirSync(linked);
    symlinkSync(real, join(linked, 'run'));
    await expect(startExtractorHost(join(linked, 'run', 'extractor.sock'))).rejects.toThrow(
      /not a folder of this user's own/,
    );

    // Its own folder left open to others is closed again; an ingest will not use one found open.
    const open = join(tmp.dir, 'open', 'run');
    mkdirSync(open, { recursive: true, mode: 0o777 });
    chmodSync(open, 0o777);
    host = await startExtractorHost(join(open, 'extractor.sock'));
    expect(statSync(open).mode & 0o777).toBe(0o700);
    chmodSync(open, 0o770);
    expect(await connectResidentExtractor(join(open, 'extractor.sock'))).toBeUndefined();
    chmodSync(open, 0o700);
    const client = await connectResidentExtractor(join(open, 'extractor.sock'));
    expect(client?.resident).toBe(true);
    await client!.close();
  }, 60_000);

  it('drops a peer that sends too much before its session, or what is not a message, and serves the next ingest', async () => {
    host = await startExtractorHost(path);
    const peer = (frames: Buffer[]) =>
      new Promise<void>((resolve) => {
        const socket = createConnection(path);
        socket.on('error', () => {});
        socket.once('close', () => resolve());
        socket.on('data', () => {});
        for (const frame of frames) socket.write(frame);
      });
    // 100 kB before asking for a session: cut off.
    await peer([encodeFrame({ type: 'configure', correspondents: 'x'.repeat(100_000) })]);
    // A session, then work without items: refused, the host stays up.
    await peer([
      encodeFrame({ type: 'begin' }),
      encodeFrame({ type: 'configure', correspondents: '[]' }),
      encodeFrame({ type: 'work' }),
    ]);
    await peer([encodeFrame(42)]);

    const client = await connectResidentExtractor(path);
    expect(client).toBeDefined();
    client!.configure({ correspondents: everyone });
    expect(await collect(client!.map(items.slice(0, 5)))).toEqual(
      await runEntityChunk(items.slice(0, 5), { correspondents: everyone }),
    );
    expect(client!.resident).toBe(true);
    await client!.close();
  }, 60_000);
});
