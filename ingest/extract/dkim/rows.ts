/**
 * ③→④ DKIM: verified copies → the rows cypher/write/dkim-*.cypher take. Pure.
 *
 * Graph:
 *   (:Copy {dkimStatus, dkimReason, fromDomain})-[:HAS_SIGNATURE]->(:Signature {key, index, result, reason,
 *       domain, selector, algorithm, aligned, bodyHashOk, signatureOk, headers, coversFrom, fullBody,
 *       time, expires, expired, signatureHash, keySource})-[:USED_KEY]->(:DkimKey {id, name, domain, selector, record, sources})
 *   (:Message {status, statusReason})   derived: cypher/write/dkim-message-status.cypher
 *
 * Signatures hang off the Copy, not the Message: a signature is a fact about bytes, and the copies
 * of one message differ in bytes (the sender's Sent copy carries no signature, a list copy a broken one).
 */
import { createHash } from 'node:crypto';

import { indexKeyOrNull } from '../../../db/index-key.js';
import type { CopyDkim, DkimStatus, SignatureCheck } from './types.js';

export interface VerifiedCopy {
  /** Copy.key (ingest/extract/ids.ts copyKey). */
  copyKey: string;
  dkim: CopyDkim;
}

export interface DkimKeyRow {
  id: string;
  name: string;
  domain: string;
  selector: string;
  record: string;
  source: string;
}

export interface SignatureRow {
  key: string;
  copy: string;
  keyId: string | null;
  /** ISO 8601; the statement turns them into DateTime. */
  time: string | null;
  expires: string | null;
  /** The check as stored on the Signature node (times and key are above), with where its key came from. */
  props: Omit<SignatureCheck, 'time' | 'expires' | 'keyId'> & { keySource: string | null };
}

export interface CopyDkimRow {
  copy: string;
  status: DkimStatus;
  reason: string;
  fromDomain: string | null;
  signatureCount: number;
}

export interface DkimRows {
  keys: DkimKeyRow[];
  signatures: SignatureRow[];
  copies: CopyDkimRow[];
}

export function signatureKey(copyKey: string, index: number): string {
  return createHash('sha256')
    .update(JSON.stringify(['signature/1', copyKey, index]))
    .digest('hex')
    .slice(0, 32);
}

export function buildDkimRows(copies: readonly VerifiedCopy[]): DkimRows {
  const keys = new Map<string, DkimKeyRow>();
  const rows: DkimRows = { keys: [], signatures: [], copies: [] };
  for (const { copyKey, dkim } of copies) {
    const sources = new Map<string, string>();
    for (const key of dkim.keys) {
      sources.set(key.id, key.source);
      const [selector = '', domain = ''] = key.name.split('._domainkey.');
      const row = { id: key.id, name: key.name, domain, selector, record: key.record, source: key.source };
      // The same key from two sources in one batch: one row per source, so `sources` gets both.
      keys.set(`${key.id}\u0000${key.source}`, row);
    }
    rows.copies.push({
      copy: copyKey,
      status: dkim.status,
      reason: dkim.reason,
      fromDomain: dkim.fromDomain,
      signatureCount: dkim.signatures.length,
    });
    for (const { time, expires, keyId, ...check } of dkim.signatures) {
      rows.signatures.push({
        key: signatureKey(copyKey, check.index),
        copy: copyKey,
        keyId,
        time,
        expires,
        // Signature.domain is indexed and comes from the d= tag as written: bounded (db/index-key.ts).
        props: {
          ...check,
          domain: indexKeyOrNull(check.domain),
          keySource: keyId ? (sources.get(keyId) ?? null) : null,
        },
      });
    }
  }
  rows.keys = [...keys.values()];
  return rows;
}
