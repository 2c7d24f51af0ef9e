/**
 * Test helpers for the readers: build zip/tar/gzip archives from real fixture bytes at test time
 * (yazl, tar-stream, node:zlib — independent writers, not the code under test), and run
 * readSources collecting everything it reports.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { pack as tarPack } from 'tar-stream';
import yazl from 'yazl';

import type { IngestIssue, RawMessage } from '../../../ingest/model.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../../ingest/read/limits.js';
import { readSources } from '../../../ingest/read/read-sources.js';

export interface Entry {
  name: string;
  data: Buffer;
}

export interface ReadResult {
  messages: RawMessage[];
  issues: IngestIssue[];
  skips: { path: string; reason: string }[];
  bytes: number;
}

export async function readAll(paths: string[], limits: Partial<ReadLimits> = {}): Promise<ReadResult> {
  const out: ReadResult = { messages: [], issues: [], skips: [], bytes: 0 };
  const events = {
    onIssue: (issue: IngestIssue) => out.issues.push(issue),
    onSkip: (path: string, reason: string) => out.skips.push({ path, reason }),
    onBytes: (n: number) => (out.bytes += n),
  };
  for await (const m of readSources(paths, events, { ...DEFAULT_READ_LIMITS, ...limits })) out.messages.push(m);
  return out;
}

export async function makeZip(entries: Entry[], compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed date: the same entries always make the same archive.
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress, mtime: new Date(Date.UTC(2020, 0, 1)) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * yazl (rightly) refuses to write hostile names, so tests write a harmless name of the same
 * length and overwrite its bytes in the local header and the central directory.
 */
export function patchName(zip: Buffer, from: string, to: string): Buffer {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to))
    throw new Error('patchName: names must have the same byte length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  let found = 0;
  for (let i = out.indexOf(needle); i !== -1; i = out.indexOf(needle, i + 1)) {
    Buffer.from(to).copy(out, i);
    found++;
  }
  if (found < 2) throw new Error(`patchName: ${from} found ${found} times`);
  return out;
}

export async function makeTar(entries: (Entry & { type?: 'file' | 'symlink'; linkname?: string })[]): Promise<Buffer> {
  const pack = tarPack();
  const done = (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of pack) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  for (const e of entries) {
    const mtime = new Date(Date.UTC(2020, 0, 1));
    if (e.type === 'symlink') pack.entry({ name: e.name, type: 'symlink', linkname: e.linkname ?? '', mtime });
    else pack.entry({ name: e.name, size: e.data.length, mtime }, e.data);
  }
  pack.finalize();
  return done;
}

export function gzip(bytes: Buffer): Buffer {
  return gzipSync(bytes);
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `leakgraph-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every regular file under `dir`, sorted, as absolute paths (an independent walk). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
