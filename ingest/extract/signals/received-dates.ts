/**
 * ③ extract (signals): the Date header against the Received chain.
 *
 * The oldest Received header (the bottom one) is the first server that took the message. A Date
 * later than that hop claims the message was written after it was already in transit; a Date days
 * before it means the message sat unsent, or was back-dated. Either is ordinary for a wrong clock
 * or an offline outbox, and a classic trace of editing a leaked message's date.
 */
import type { ParsedMessage } from '../../model.js';
import { parseMailDate } from '../../parse/dates.js';
import type { MessageSignal } from './types.js';

// Desktop clocks drift by minutes; more than this ahead of the first server is not drift.
export const MAX_CLOCK_AHEAD_MINUTES = 15;
// Outboxes of laptops that were offline over a holiday hold mail for days, rarely for longer.
export const MAX_QUEUE_DAYS = 7;

/** The instant at the end of a Received header ("…; Tue, 7 May 2019 17:17:40 -0400"). */
export function receivedTime(received: string): string | undefined {
  const semicolon = received.lastIndexOf(';');
  if (semicolon < 0) return undefined;
  return parseMailDate(received.slice(semicolon + 1))?.utc;
}

function describe(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 72) return `${hours} hours`;
  return `${Math.round(hours / 24)} days`;
}

export function dateVsReceived(
  message: Pick<ParsedMessage, 'date' | 'dateRaw' | 'received'>,
): MessageSignal | undefined {
  if (!message.date) return undefined;
  // Bottom-most Received header with a readable time: the first hop.
  let firstHop: string | undefined;
  for (let i = message.received.length - 1; i >= 0 && !firstHop; i--) firstHop = receivedTime(message.received[i]!);
  if (!firstHop) return undefined;
  const gap = Date.parse(message.date.utc) - Date.parse(firstHop);
  const date = message.dateRaw ?? message.date.utc;
  if (gap > MAX_CLOCK_AHEAD_MINUTES * 60_000) {
    return {
      kind: 'date-after-received',
      note: `Date (${date}) is ${describe(gap)} after the first Received hop (${firstHop}): the message claims to be written after a server already had it. A sender's clock set wrong explains this; so does a Date edited after sending.`,
    };
  }
  if (-gap > MAX_QUEUE_DAYS * 86_400_000) {
    return {
      kind: 'date-before-received',
      note: `Date (${date}) is ${describe(gap)} before the first Received hop (${firstHop}): the message sat unsent (an offline outbox, a draft sent later) or its Date was back-dated.`,
    };
  }
  return undefined;
}
