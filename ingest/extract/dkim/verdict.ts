/**
 * ③ extract (DKIM): the signatures of one copy → its status (types.ts DkimStatus), with the reason.
 *
 * Rules, in order:
 *  1. contradicted — some signature has a key and fails (bad body hash, or bad header signature).
 *     This wins over a passing one: the failing signature covers something the passing one may not
 *     (another header set, another body length), and that something changed.
 *  2. verified — some signature passes, is aligned with the From domain (organisational domain),
 *     covers the whole body (no l= shortfall) and every From header.
 *  3. unverifiable — anything else: no signature, no key, malformed, or passing without proving From.
 *
 * The message-level status (cypher/write/dkim-message-status.cypher) combines copies and the
 * conflict flag.
 */
import type { DkimStatus, SignatureCheck } from './types.js';

export interface Verdict {
  status: DkimStatus;
  reason: string;
}

function who(s: SignatureCheck): string {
  return `d=${s.domain ?? '?'} s=${s.selector ?? '?'}`;
}

/** Why a passing signature does not prove the From header, or undefined when it does. */
function shortfall(s: SignatureCheck, fromDomain: string | undefined): string | undefined {
  if (!fromDomain) return 'the message has no single From domain to align with';
  if (!s.aligned) return `${s.domain} is not aligned with the From domain ${fromDomain}`;
  if (!s.fullBody) return 'l= leaves part of the body unsigned';
  if (!s.coversFrom) return 'the message has more From headers than the signature signs';
  return undefined;
}

export function judgeCopy(signatures: readonly SignatureCheck[], fromDomain: string | undefined): Verdict {
  if (signatures.length === 0) return { status: 'unverifiable', reason: 'no DKIM signature' };
  const failing = signatures.find((s) => s.result === 'fail');
  if (failing) return { status: 'contradicted', reason: `signature ${who(failing)} fails: ${failing.reason}` };
  const passing = signatures.filter((s) => s.result === 'pass');
  const proof = passing.find((s) => s.bodyHashOk === true && !shortfall(s, fromDomain));
  if (proof)
    return {
      status: 'verified',
      reason: `signed by ${proof.domain} (s=${proof.selector}), aligned with From ${fromDomain}, body and From covered`,
    };
  if (passing.length > 0)
    return {
      status: 'unverifiable',
      reason: `signature ${who(passing[0]!)} verifies but does not prove the sender: ${shortfall(passing[0]!, fromDomain)}`,
    };
  const nokey = signatures.find((s) => s.result === 'nokey');
  if (nokey) return { status: 'unverifiable', reason: `${nokey.reason} (add the archived key with --keys)` };
  return { status: 'unverifiable', reason: `signature ${who(signatures[0]!)} is unusable: ${signatures[0]!.reason}` };
}
