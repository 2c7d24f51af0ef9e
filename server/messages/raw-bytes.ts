/**
 * A message → the original bytes of one of its copies, read again from where the ingest found them
 * and checked against the SHA-256 recorded then: bytes that changed on disk are never served as the
 * original. Tries every copy; when none can be read, says why for each.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

import { readQuery } from '../db/queries.js';
import { type CopyRecord, type ReadRawCopy, sourceOfCopy } from '../db/raw-source.js';

export interface RawCopy {
  bytes: Buffer;
  copy: CopyRecord;
}

export type RawResult = { ok: true; raw: RawCopy } | { ok: false; problem: string };

type CopyRow = CopyRecord & { message: string } & Record<string, unknown>;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function listCopies(driver: Driver, ids: string[]): Promise<Map<string, CopyRecord[]>> {
  const rows = ids.length ? await readQuery<CopyRow>(driver, 'message-copies', { ids }) : [];
  const byMessage = new Map<string, CopyRecord[]>();
  for (const { message, ...copy } of rows) {
    const list = byMessage.get(message) ?? [];
    list.push(copy);
    byMessage.set(message, list);
  }
  return byMessage;
}

function describe(copy: CopyRecord): string {
  return [copy.path, ...(copy.entries ?? [])].join(' » ') + (copy.position ? ` #${copy.position}` : '');
}

// Plain files first, then the shallowest archive entries: reading a loose .eml costs one open,
// a copy inside a zip inside a tar costs opening both again.
const depth = (c: CopyRecord) => c.entries?.length ?? 0;

/** The first copy whose bytes can be read and still match their recorded SHA-256, cheapest to reach first. */
export async function readOriginal(reader: ReadRawCopy | null, copies: CopyRecord[]): Promise<RawResult> {
  if (!reader)
    return { ok: false, problem: 'this build cannot re-read original files (the ingest has no readCopyBytes)' };
  if (copies.length === 0) return { ok: false, problem: 'the graph records no copy of this message' };
  const problems: string[] = [];
  for (const copy of [...copies].sort((a, b) => depth(a) - depth(b))) {
    try {
      const bytes = Buffer.from(await reader(sourceOfCopy(copy)));
      const hash = sha256Hex(bytes);
      if (hash !== copy.sha256) {
        problems.push(
          `${describe(copy)}: the file changed since the ingest (SHA-256 ${hash.slice(0, 12)}…, expected ${copy.sha256.slice(0, 12)}…)`,
        );
        continue;
      }
      return { ok: true, raw: { bytes, copy } };
    } catch (error) {
      problems.push(`${describe(copy)}: ${(error as Error).message}`);
    }
  }
  return { ok: false, problem: `no copy could be read: ${problems.join('; ')}` };
}
