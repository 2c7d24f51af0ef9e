/**
 * What the reader says about a message's signature. The server's status is "unverifiable" for
 * every message without a DKIM signature; for mail sent before anyone signed mail that is no
 * warning at all: DomainKeys, DKIM's forerunner, was first deployed in 2004 and DKIM standardised
 * in 2007 (RFC 4871), so a message dated before 2004 could not carry a signature. Such messages
 * show a neutral "not signed"; unsigned mail from 2004 on keeps "unverifiable", since a signature
 * could have been there and been stripped.
 */
import type { MessageDetail, VerificationStatus } from '../../../../contract/index.js';

/** The first day a message could have been signed (DomainKeys, 2004). */
export const SIGNING_BEGAN = '2004-01-01';

export interface SignatureLabel {
  /** CSS tone: the status, or "unsigned" for the neutral case. */
  tone: VerificationStatus | 'unsigned';
  text: string;
  reason: string | null;
}

export function signatureLabel(
  m: Pick<MessageDetail, 'status' | 'statusReason' | 'signatures' | 'date'>,
): SignatureLabel | null {
  if (!m.status) return null;
  const beforeSigning = !!m.date && m.date.slice(0, 10) < SIGNING_BEGAN;
  if (m.status === 'unverifiable' && m.signatures.length === 0 && beforeSigning)
    return {
      tone: 'unsigned',
      text: 'not signed',
      reason: 'sent before mail was signed (DKIM and its forerunner DomainKeys date from 2004)',
    };
  return { tone: m.status, text: m.status, reason: m.statusReason ?? null };
}
