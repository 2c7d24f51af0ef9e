/**
 * ③ extract (DKIM): the result of verifying one copy of a message, as it leaves the parse worker.
 * JSON-serialisable and small: it crosses the worker boundary and becomes graph rows. Leaf module.
 *
 * Per signature, `result` is one of:
 *   pass       the key verifies the signature over the signed headers AND the body hash matches.
 *              An x= in the past does not change this: a signature is judged as of its own t=,
 *              `expired` records it.
 *   fail       a key is present and the signature contradicts the message: the body hash does not
 *              match (bodyHashOk = false), or the key does not verify the signed headers
 *              (signatureOk = false). This is evidence of change after signing (or of a forged header).
 *   nokey      no key for selector._domainkey.domain in the key store (or, with DNS allowed, in DNS):
 *              nothing can be said either way.
 *   malformed  the signature or its key record cannot be used: a required tag missing or invalid,
 *              an unsupported algorithm, h= without From, x= before t=, an unusable or revoked key
 *              record, an RSA key under 1024 bits (RFC 8301).
 */

export type SignatureResult = 'pass' | 'fail' | 'nokey' | 'malformed';

/**
 * verified      a passing signature aligned with the From domain, over the whole body and every From
 *               header, and no signature with a key that fails on the same copy;
 * contradicted  a signature with a key present fails (bad body hash or bad signature); at message
 *               level also a conflicting copy (same Message-ID, different content) unless verified;
 * unverifiable  everything else: no signature, no key, malformed, or passing but not aligned.
 */
export type DkimStatus = 'verified' | 'contradicted' | 'unverifiable';

/** A DKIM public key as found in the analyst's key store (or in DNS, when allowed). */
export interface DkimKeyRef {
  /** Deterministic id: hash of name + record, so one key is one node however often it is used. */
  id: string;
  /** selector._domainkey.domain, lower-case, no trailing dot. */
  name: string;
  /** The TXT record, strings concatenated ("v=DKIM1; k=rsa; p=…"). */
  record: string;
  /** Where it came from: "file.zone:12", "keys.json#sel._domainkey.example.com", or "dns". */
  source: string;
}

export interface SignatureCheck {
  /** Position among the message's DKIM-Signature headers, 0 = topmost (the last one added). */
  index: number;
  result: SignatureResult;
  /** One line for the analyst: why it passed or did not. */
  reason: string;
  /** d= and s=, lower-case; null when missing. */
  domain: string | null;
  selector: string | null;
  /** a=, e.g. "rsa-sha256", "ed25519-sha256" (rsa-sha1 is accepted but recorded). */
  algorithm: string | null;
  /** d= has the same organisational domain as the From domain (DMARC relaxed alignment). */
  aligned: boolean;
  /** The body hash in bh= matches the body; null when it could not be computed (malformed). */
  bodyHashOk: boolean | null;
  /** The key verifies the signature over the signed headers; null when there was no usable key. */
  signatureOk: boolean | null;
  /** h=: the signed header names, lower-case, in order (repeats mean over-signing). */
  headers: string[];
  /** h= names From at least as often as the message has From headers (no unsigned From can be shown). */
  coversFrom: boolean;
  /** False when l= leaves part of the body unsigned (content could have been appended). */
  fullBody: boolean;
  /** t= and x= as ISO 8601 instants; null when absent. */
  time: string | null;
  expires: string | null;
  /** x= lies before the verification time. Recorded, not a failure. */
  expired: boolean;
  /** SHA-256 of the decoded b= value: the same signature found on another copy has the same hash. */
  signatureHash: string | null;
  /** The key that was used (or, for a failing body hash, found); null when none. */
  keyId: string | null;
}

export interface CopyDkim {
  status: DkimStatus;
  reason: string;
  /** The From domain alignment was judged against; null when the message has none or several. */
  fromDomain: string | null;
  signatures: SignatureCheck[];
  /** The keys the signatures used, each once. */
  keys: DkimKeyRef[];
}
