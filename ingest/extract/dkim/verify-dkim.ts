/**
 * ③ extract (DKIM): raw bytes of one copy → CopyDkim, every DKIM signature checked offline.
 *
 * mailauth does the RFC 6376 work (header and body canonicalisation, body hash, signature check);
 * this module reads each signature itself as well (signature-tags.ts) so none goes unreported,
 * judges alignment, adds the header check mailauth skips when the body hash fails, and maps
 * mailauth's status (result + comment) onto ours (types.ts):
 *
 *   mailauth                                     → here
 *   pass                                         → pass
 *   neutral "expired" (verified, x= < now)       → pass, expired = true (judged as of t=)
 *   neutral "body hash did not verify"           → fail when the store has a key (signatureOk tells
 *                                                  "body changed" from "junk signature"); nokey when not
 *   fail "bad signature"                         → fail, unless another archived record for the
 *                                                  selector verifies it (then pass with that key)
 *   neutral "no key" (our resolver's ENOTFOUND)  → nokey
 *   temperror (a DNS error; only with allowDns)  → nokey, the DNS error as reason
 *   neutral key-record errors, policy "weak-key" → malformed (our reading of the record gives the
 *     (RSA < 1024 bits)                            reason), unless another archived record verifies
 *   neutral + a crypto error (b= unusable)       → fail: a usable key does not verify it
 *   neutral "invalid expiration" (x= < t=)       → malformed (caught first by signature-tags.ts)
 *   signatures mailauth skips without a result   → malformed, with signature-tags.ts's reason
 *
 * Runs in the parse worker, on the bytes before they are dropped.
 */
import { createHash } from 'node:crypto';

import type { DKIMResult } from 'mailauth';
import type * as MailauthVerify from 'mailauth/lib/dkim/verify.js';

import { alignsWith, domainOfAddress } from './domains.js';
import { KeyLookup } from './key-lookup.js';
import { type ParsedKey, parseKeyRecord, verifyHeaderSignature } from './key-record.js';
import { type KeyStore, keyName } from './key-store.js';
import { type SignatureTags, readSignatureHeaders, signedHeaderNames } from './signature-tags.js';
import type { CopyDkim, DkimKeyRef, SignatureCheck } from './types.js';
import { judgeCopy } from './verdict.js';

export interface VerifyOptions {
  keys: KeyStore;
  /** Ask live DNS for keys the store lacks. Off unless the analyst says so (--dns). */
  allowDns?: boolean;
  /** The clock `expired` is judged against; default now. */
  now?: Date;
}

// Real mail carries a handful of signatures (author, list, ESP, ARC); each costs a canonicalisation
// and a hash of the body, so a message with thousands is an attack on the verifier.
export const MAX_SIGNATURES = 32;
// h= names kept per signature in the graph; a longer list is kept whole for the checks only.
const MAX_HEADERS_KEPT = 64;
// DNS names are at most 253 characters; a longer d= or s= is junk and is cut, not stored whole.
const MAX_NAME_CHARS = 253;

/** What mailauth returns per signature at run time (its .d.ts declares only part of it). */
type MailauthResult = DKIMResult & {
  signature?: string;
  bodyHash?: string;
  bodyHashExpecting?: string;
  signingHeaders?: { canonicalizedHeader?: string };
  canonBodyLengthLimited?: boolean;
  status: DKIMResult['status'] & { comment?: string; underSized?: number };
};

function isoFromSeconds(value: string | undefined): string | null {
  if (value === undefined) return null;
  const ms = Number(value) * 1000;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : null;
}

/** The single From domain alignment is judged against; undefined when absent or ambiguous. */
function fromDomainOf(headerFrom: readonly string[]): string | undefined {
  const domains = new Set(headerFrom.map(domainOfAddress).filter((d): d is string => !!d));
  return domains.size === 1 ? [...domains][0] : undefined;
}

interface UsableKey {
  key: DkimKeyRef;
  parsed: ParsedKey & { ok: true };
}

function usableKeys(keys: readonly DkimKeyRef[]): UsableKey[] {
  const out: UsableKey[] = [];
  for (const key of keys) {
    const parsed = parseKeyRecord(key.record);
    if (parsed.ok) out.push({ key, parsed });
  }
  return out;
}

/** The first key among `keys` that verifies the header signature, if any. */
function keyThatSigned(
  result: MailauthResult,
  tags: Map<string, string>,
  keys: readonly UsableKey[],
): DkimKeyRef | undefined {
  const canonical = result.signingHeaders?.canonicalizedHeader;
  if (!canonical) return undefined;
  const data = Buffer.from(canonical, 'base64');
  return keys.find(({ parsed }) => verifyHeaderSignature(tags.get('a')!, data, tags.get('b')!, parsed))?.key;
}

function baseCheck(
  index: number,
  sig: SignatureTags,
  fromCount: number,
  fromDomain: string | undefined,
  now: Date,
): SignatureCheck {
  const t = sig.tags;
  const domain = t.get('d')?.toLowerCase().replace(/\.$/, '').slice(0, MAX_NAME_CHARS) || null;
  const headers = signedHeaderNames(t);
  const expires = isoFromSeconds(t.get('x'));
  const b = t.get('b');
  return {
    index,
    result: 'malformed',
    reason: '',
    domain,
    selector: t.get('s')?.toLowerCase().slice(0, MAX_NAME_CHARS) || null,
    algorithm: t.get('a')?.toLowerCase() || null,
    aligned: !!domain && !!fromDomain && alignsWith(domain, fromDomain),
    bodyHashOk: null,
    signatureOk: null,
    headers: headers.slice(0, MAX_HEADERS_KEPT),
    coversFrom: headers.filter((h) => h === 'from').length >= Math.max(1, fromCount),
    fullBody: true,
    time: isoFromSeconds(t.get('t')),
    expires,
    expired: expires !== null && Date.parse(expires) < now.getTime(),
    signatureHash: b ? createHash('sha256').update(Buffer.from(b, 'base64')).digest('hex') : null,
    keyId: null,
  };
}

async function checkSignature(
  check: SignatureCheck,
  sig: SignatureTags,
  result: MailauthResult | undefined,
  lookup: KeyLookup,
  used: Map<string, DkimKeyRef>,
): Promise<SignatureCheck> {
  if (sig.problem) return { ...check, result: 'malformed', reason: sig.problem };
  if (!result) return { ...check, result: 'malformed', reason: 'the verifier could not interpret this signature' };
  const name = keyName(check.selector!, check.domain!);
  const bodyHashOk = !!result.bodyHash && result.bodyHash === result.bodyHashExpecting;
  const out = {
    ...check,
    bodyHashOk,
    fullBody: !(result.canonBodyLengthLimited && (result.status.underSized ?? 0) > 0),
  };
  const keyed = (key: DkimKeyRef): SignatureCheck => {
    used.set(key.id, key);
    return { ...out, keyId: key.id };
  };
  const answer = await lookup.find(name);
  const status = result.status.result;

  // mailauth checked the header signature with the first key and the body hash matched.
  if (
    bodyHashOk &&
    answer.keys[0] &&
    (status === 'pass' || (status === 'neutral' && result.status.comment === 'expired'))
  ) {
    return {
      ...keyed(answer.keys[0]),
      result: 'pass',
      signatureOk: true,
      reason: `signature by ${check.domain} verifies with the key from ${answer.keys[0].source}`,
    };
  }
  if (answer.keys.length === 0) {
    const why = answer.error ?? `no key for ${name}`;
    return { ...out, result: 'nokey', reason: bodyHashOk ? why : `${why}; the body hash does not match either` };
  }
  const usable = usableKeys(answer.keys);
  if (usable.length === 0) {
    const first = parseKeyRecord(answer.keys[0]!.record);
    return { ...keyed(answer.keys[0]!), result: 'malformed', reason: first.ok ? 'key record unusable' : first.problem };
  }
  // Any archived record for this selector may be the signer (mailauth tried only the first), and
  // with a failing body hash the header check tells "body changed" from "signature is junk".
  const signer = keyThatSigned(result, sig.tags, usable);
  if (bodyHashOk) {
    return signer
      ? {
          ...keyed(signer),
          result: 'pass',
          signatureOk: true,
          reason: `signature by ${check.domain} verifies with the key from ${signer.source}`,
        }
      : {
          ...keyed(usable[0]!.key),
          result: 'fail',
          signatureOk: false,
          reason: 'bad signature: a signed header was changed after signing (or the key is not the one that signed)',
        };
  }
  return signer
    ? {
        ...keyed(signer),
        result: 'fail',
        signatureOk: true,
        reason: 'body changed after signing: the signed headers verify but the body hash does not match',
      }
    : {
        ...keyed(usable[0]!.key),
        result: 'fail',
        signatureOk: false,
        reason: 'body hash does not match and the signature does not verify',
      };
}

/** Pairs each DKIM-Signature header with mailauth's result for it (same b=, d=, s=), in header order. */
function pairResults(signatures: SignatureTags[], results: MailauthResult[]): (MailauthResult | undefined)[] {
  const free = results.filter((r) => r.signature !== undefined);
  return signatures.map((sig) => {
    const b = sig.tags.get('b');
    const at = free.findIndex(
      (r) =>
        r.signature!.replace(/\s+/g, '') === b &&
        r.signingDomain.toLowerCase() === sig.tags.get('d')?.toLowerCase() &&
        (r.selector ?? '').toLowerCase() === sig.tags.get('s')?.toLowerCase(),
    );
    return at < 0 ? undefined : free.splice(at, 1)[0];
  });
}

// mailauth's verifier (~0.2 s of imports) loads with the first signed message: most leaked mail carries
// no signature (Enron: none), and every parse worker would pay it before its first message (issue 13).
let verifier: Promise<typeof MailauthVerify> | undefined;

export async function verifyCopy(bytes: Uint8Array, options: VerifyOptions): Promise<CopyDkim> {
  const block = readSignatureHeaders(bytes);
  if (block.signatures.length === 0)
    return { status: 'unverifiable', reason: 'no DKIM signature', fromDomain: null, signatures: [], keys: [] };
  if (block.signatures.length > MAX_SIGNATURES) {
    const reason = `${block.signatures.length} DKIM-Signature headers, more than the ${MAX_SIGNATURES} verified per message: not verified (hostile or broken input)`;
    return { status: 'unverifiable', reason, fromDomain: null, signatures: [], keys: [] };
  }
  const now = options.now ?? new Date();
  const names = new Set(
    block.signatures
      .filter((s) => s.tags.get('d') && s.tags.get('s'))
      .map((s) => keyName(s.tags.get('s')!, s.tags.get('d')!)),
  );
  const lookup = new KeyLookup(options.keys, options.allowDns === true, names);
  // Outside the try below: a verifier that cannot load is a broken install, not an unreadable message.
  const { dkimVerify } = await (verifier ??= import('mailauth/lib/dkim/verify.js'));
  let verified;
  try {
    verified = await dkimVerify(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      resolver: lookup.resolver,
      curTime: now,
    });
  } catch (error) {
    return {
      status: 'unverifiable',
      reason: `the verifier could not read this message: ${(error as Error).message}`,
      fromDomain: null,
      signatures: [],
      keys: [],
    };
  }
  const fromDomain = fromDomainOf(verified.headerFrom ?? []);
  const paired = pairResults(block.signatures, verified.results as MailauthResult[]);
  const used = new Map<string, DkimKeyRef>();
  const signatures: SignatureCheck[] = [];
  for (const [i, sig] of block.signatures.entries()) {
    signatures.push(
      await checkSignature(baseCheck(i, sig, block.fromCount, fromDomain, now), sig, paired[i], lookup, used),
    );
  }
  return { ...judgeCopy(signatures, fromDomain), fromDomain: fromDomain ?? null, signatures, keys: [...used.values()] };
}
