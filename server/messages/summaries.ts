/**
 * Message ids → MessageSummary, in the order given: the one shape lists of messages take
 * (person pages, path hops, threads, conflicts).
 */
import type { Driver } from 'neo4j-driver';

import type { MessageSummary, VerificationStatus } from '../../contract/index.js';
import { readQuery } from '../db/queries.js';

// As the query returns it: the status still a plain string.
type SummaryRow = Omit<MessageSummary, 'status'> & { status: string | null } & Record<string, unknown>;

const STATUSES = new Set<string>(['verified', 'contradicted', 'unverifiable']);

export function verificationStatus(value: unknown): VerificationStatus | null {
  return typeof value === 'string' && STATUSES.has(value) ? (value as VerificationStatus) : null;
}

export async function messageSummaries(driver: Driver, ids: string[]): Promise<MessageSummary[]> {
  if (ids.length === 0) return [];
  const rows = await readQuery<SummaryRow>(driver, 'message-summaries', { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        subject: r.subject,
        date: r.date,
        from: r.from ? { email: r.from.email, name: r.from.name ?? null, personId: r.from.personId ?? null } : null,
        recipients: r.recipients,
        hasAttachments: r.hasAttachments,
        status: verificationStatus(r.status),
        conflict: r.conflict,
        threadId: r.threadId,
      },
    ];
  });
}
