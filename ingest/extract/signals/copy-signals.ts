/**
 * ③ extract (signals): ParsedMessage (+ its DKIM result) → CopySignals, in the parse worker.
 * The per-message signals only; the corpus-level ones are Cypher (cypher/write/signals-*.cypher).
 */
import type { ParsedMessage } from '../../model.js';
import { domainOfAddress, isPublicHost, organisationalDomain } from '../dkim/domains.js';
import type { CopyDkim } from '../dkim/types.js';
import { mailClient } from './mail-client.js';
import { messageIdDomain } from './message-id-domain.js';
import { dateVsReceived } from './received-dates.js';
import type { CopySignals, MessageSignal } from './types.js';

export function copySignals(message: ParsedMessage, dkim?: CopyDkim): CopySignals {
  // Signing domains count as the sender's infrastructure whether or not their key is at hand.
  const signingDomains = (dkim?.signatures ?? []).map((s) => s.domain).filter((d): d is string => !!d);
  const signals = [dateVsReceived(message), messageIdDomain(message, signingDomains)].filter(
    (s): s is MessageSignal => !!s,
  );
  const idDomain = message.messageId ? domainOfAddress(message.messageId) : undefined;
  return {
    client: mailClient(message),
    messageIdDomain: idDomain && isPublicHost(idDomain) ? organisationalDomain(idDomain) : null,
    signals,
  };
}
