/**
 * `leakgraph verify [--rebuild]`: the copies in the graph → their raw bytes again → DKIM verified
 * with the current key store → Signature/Copy rows rewritten, then signals and Message.status
 * derived again. The ingest keeps no raw bytes, so each copy is read back from where it was found
 * (readCopyBytes, ingest/copy-bytes.ts) and checked against the SHA-256 recorded at ingest: bytes that changed
 * on disk are reported, never verified in place of the originals.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher } from '../db/cypher.js';
import { copySource } from './batch/graph-schema.js';
import type { MessageFormat, SourceRef } from './model.js';
import { sha256Hex } from './extract/ids.js';
import { deriveGraph } from './write/derive.js';
import type { KeyStore } from './extract/dkim/key-store.js';
import { type VerifiedCopy, buildDkimRows } from './extract/dkim/rows.js';
import { verifyCopy } from './extract/dkim/verify-dkim.js';
import { writeDkimRows } from './write/dkim.js';

// Copies read, verified and written per transaction.
const PAGE_SIZE = 500;

export type ReadRawCopy = (source: SourceRef) => Promise<Uint8Array>;

export interface ReverifyOptions {
  keys: KeyStore;
  allowDns?: boolean;
  /** Every copy (--rebuild); otherwise only copies never checked or with a signature that had no key. */
  all: boolean;
  onProgress?: (checked: number) => void;
}

export interface ReverifySummary {
  checked: number;
  verified: number;
  contradicted: number;
  unverifiable: number;
  /** Copies whose bytes could not be read back or no longer match the ingest. */
  unreadable: { copy: string; path: string; error: string }[];
}

interface CopyRecord {
  key: string;
  sha256: string;
  path: string;
  entries: string[] | null;
  format: MessageFormat;
  offset: number | null;
  length: number | null;
  position: string | null;
  mailbox: string | null;
  folder: string | null;
}

async function listPage(driver: Driver, after: string, all: boolean): Promise<CopyRecord[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/dkim-list-copies'),
    { after, all, limit: neo4j.int(PAGE_SIZE) },
    { routing: 'READ' },
  );
  return records.map((r) => r.toObject() as unknown as CopyRecord);
}

export async function reverifyGraph(
  driver: Driver,
  readRawCopy: ReadRawCopy,
  options: ReverifyOptions,
): Promise<ReverifySummary> {
  const summary: ReverifySummary = { checked: 0, verified: 0, contradicted: 0, unverifiable: 0, unreadable: [] };
  let after = '';
  for (;;) {
    const page = await listPage(driver, after, options.all);
    if (page.length === 0) break;
    after = page[page.length - 1]!.key;
    const verified: VerifiedCopy[] = [];
    for (const copy of page) {
      let bytes: Uint8Array;
      try {
        bytes = await readRawCopy(copySource(copy));
      } catch (error) {
        summary.unreadable.push({
          copy: copy.key,
          path: copy.path,
          error: `cannot read it back: ${(error as Error).message}`,
        });
        continue;
      }
      const sha256 = sha256Hex(bytes);
      if (sha256 !== copy.sha256) {
        summary.unreadable.push({
          copy: copy.key,
          path: copy.path,
          error: `its bytes changed since the ingest (sha256 ${sha256.slice(0, 12)}…, ingested ${copy.sha256.slice(0, 12)}…)`,
        });
        continue;
      }
      const dkim = await verifyCopy(bytes, { keys: options.keys, allowDns: options.allowDns === true });
      summary[dkim.status]++;
      summary.checked++;
      verified.push({ copyKey: copy.key, dkim });
    }
    const rows = buildDkimRows(verified);
    const session = driver.session();
    try {
      await session.executeWrite((tx) => writeDkimRows(tx, rows));
    } finally {
      await session.close();
    }
    options.onProgress?.(summary.checked);
  }
  // The copies written above marked their messages pending: signals and status follow.
  await deriveGraph(driver);
  return summary;
}
