/**
 * ③ extract (DKIM): a key record (TXT "v=DKIM1; k=rsa; p=…") → a public key, and the check of a
 * signature over already-canonicalised headers.
 *
 * mailauth verifies with the first record it is given and, when the body hash does not match, does
 * not look at the header signature at all. Two questions a leak analyst needs answered go further:
 * which of several archived records for one selector signed the mail, and — when the body hash
 * fails — whether the signed headers are still intact (then the body was changed after signing,
 * rather than the whole signature being junk). Both need the key and the header check here.
 */
import { type KeyObject, createHash, createPublicKey, verify } from 'node:crypto';

import { parseTagList } from './signature-tags.js';

// RFC 8301: keys under 1024 bits are too weak to prove anything (512-bit keys were factored in practice).
export const MIN_RSA_BITS = 1024;
// An Ed25519 public key in SubjectPublicKeyInfo DER is this prefix + the 32 raw bytes from p=.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export type ParsedKey = { ok: true; key: KeyObject; type: 'rsa' | 'ed25519' } | { ok: false; problem: string };

export function parseKeyRecord(record: string): ParsedKey {
  const { tags } = parseTagList(record);
  const v = tags.get('v');
  if (v !== undefined && v.toUpperCase() !== 'DKIM1')
    return { ok: false, problem: `key record v=${v} (expecting DKIM1)` };
  const p = (tags.get('p') ?? '').replace(/\s+/g, '');
  if (!tags.has('p')) return { ok: false, problem: 'key record has no p= tag' };
  if (p === '') return { ok: false, problem: 'key revoked (empty p=)' };
  const k = (tags.get('k') ?? 'rsa').toLowerCase();
  const raw = Buffer.from(p, 'base64');
  try {
    if (k === 'ed25519') {
      if (raw.length !== 32) return { ok: false, problem: `ed25519 key of ${raw.length} bytes (expecting 32)` };
      return {
        ok: true,
        type: 'ed25519',
        key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' }),
      };
    }
    if (k !== 'rsa') return { ok: false, problem: `unknown key type k=${k}` };
    const key = createPublicKey({ key: raw, format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'rsa')
      return { ok: false, problem: `k=rsa but p= holds a ${key.asymmetricKeyType} key` };
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS)
      return { ok: false, problem: `RSA key of ${bits} bits, too weak to prove anything (RFC 8301)` };
    return { ok: true, type: 'rsa', key };
  } catch (error) {
    return { ok: false, problem: `p= is not a usable public key: ${(error as Error).message}` };
  }
}

/**
 * Checks b= over the canonicalised header block (as mailauth built it). rsa-*: PKCS#1 v1.5 over the
 * data; ed25519-sha256: Ed25519 over the SHA-256 of the data (RFC 8463 §3).
 */
export function verifyHeaderSignature(
  algorithm: string,
  canonicalHeaders: Buffer,
  signature: string,
  parsed: ParsedKey & { ok: true },
): boolean {
  const b = Buffer.from(signature, 'base64');
  const [signAlgo, hashAlgo] = algorithm.toLowerCase().split('-');
  try {
    if (signAlgo === 'ed25519' && parsed.type === 'ed25519') {
      return verify(null, createHash('sha256').update(canonicalHeaders).digest(), parsed.key, b);
    }
    if (signAlgo === 'rsa' && parsed.type === 'rsa')
      return verify(hashAlgo ?? 'sha256', canonicalHeaders, parsed.key, b);
  } catch {
    // A signature of the wrong length or shape for the key: it does not verify.
  }
  return false;
}
