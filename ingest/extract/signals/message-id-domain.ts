/**
 * ③ extract (signals): the Message-ID's domain against the sender's infrastructure.
 *
 * Mail programs and servers name the Message-ID after themselves (…@mail.gmail.com,
 * …@thirdlane.local, …@iki.fi). A Message-ID under a registrable domain that is neither the From
 * or Sender domain, nor a signing (d=) domain, nor any host in the Received chain, was made
 * somewhere the message never went: a copied Message-ID on a crafted message, or a tool that
 * made it up. Local host names (thyme, corp.local, localhost) say nothing and are left alone.
 *
 * People also name Message-IDs after a domain of their own that the message does not show
 * (…@x220.int.ebiederm.org from an xmission.com address), so in the graph this is only a candidate:
 * cypher/write/signals-message-id-domain.cypher flags it unless the sender habitually does so.
 */
import type { ParsedMessage } from '../../model.js';
import { domainOfAddress, isPublicHost, organisationalDomain } from '../dkim/domains.js';
import type { MessageSignal } from './types.js';

// Host names as they appear in Received headers ("by mail-wr1-f52.google.com", "(mx.example.org [1.2.3.4])").
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\b/gi;
// Headers that name the sender's own domains.
const SENDER_HEADERS = ['sender', 'return-path', 'x-original-from'];
// Big providers name Message-IDs after one of their brands and send from another's servers
// (Gmail: …@mail.gmail.com from *.google.com). One group stands for one operator.
const SAME_OPERATOR = [
  ['gmail.com', 'googlemail.com', 'google.com'],
  ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'microsoft.com', 'office365.com'],
  ['yahoo.com', 'ymail.com', 'yahoo.net', 'yahoodns.net'],
  ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
];

function addressesIn(value: string | undefined): string[] {
  return value?.match(/[^\s<>"',;:()]+@[^\s<>"',;:()]+/g) ?? [];
}

/** Organisational domains of everything the message says it passed through or was sent from. */
export function infrastructureDomains(
  message: Pick<ParsedMessage, 'from' | 'headers' | 'received'>,
  signingDomains: readonly string[],
): Set<string> {
  const domains = new Set<string>();
  const add = (host: string | undefined) => {
    if (host && isPublicHost(host)) domains.add(organisationalDomain(host));
  };
  if (message.from?.kind === 'smtp') add(domainOfAddress(message.from.email));
  for (const header of SENDER_HEADERS) for (const a of addressesIn(message.headers[header])) add(domainOfAddress(a));
  for (const d of signingDomains) add(d);
  for (const received of message.received) for (const host of received.match(HOST) ?? []) add(host);
  for (const group of SAME_OPERATOR) if (group.some((d) => domains.has(d))) for (const d of group) domains.add(d);
  return domains;
}

export function messageIdDomain(
  message: Pick<ParsedMessage, 'messageId' | 'from' | 'headers' | 'received'>,
  signingDomains: readonly string[] = [],
): MessageSignal | undefined {
  const id = message.messageId;
  const idDomain = id ? domainOfAddress(id) : undefined;
  if (!id || !idDomain || !isPublicHost(idDomain)) return undefined;
  const infrastructure = infrastructureDomains(message, signingDomains);
  // Nothing to compare against (an export without From domain or Received): no evidence either way.
  if (infrastructure.size === 0) return undefined;
  const org = organisationalDomain(idDomain);
  if (infrastructure.has(org)) return undefined;
  const seen = [...infrastructure].sort().slice(0, 6).join(', ');
  return {
    kind: 'message-id-domain',
    note: `Message-ID <${id}> was made under ${org}, which is not the sender's domain, a signing domain, or any server in the Received chain (${seen}). Some mail services do this legitimately; a Message-ID copied onto a crafted message does it too.`,
  };
}
