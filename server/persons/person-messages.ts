/**
 * GET /api/persons/:id/messages — a page of the messages a person sent and/or received.
 */
import type { Driver } from 'neo4j-driver';
import type { z } from 'zod';

import type { MessageSummary, Page, personMessagesQuerySchema } from '../../contract/index.js';
import { int, readOne } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { lowerBound, upperBound } from '../graph/window.js';
import { messageSummaries } from '../messages/summaries.js';

export type PersonMessagesQuery = z.infer<typeof personMessagesQuerySchema>;

export async function loadPersonMessages(
  driver: Driver,
  id: string,
  query: PersonMessagesQuery,
): Promise<Page<MessageSummary>> {
  const row = await readOne<{ total: number; ids: string[] }>(driver, 'person-messages', {
    id,
    role: query.role,
    with: query.with ?? null,
    from: query.from ? lowerBound(query.from) : null,
    to: query.to ? upperBound(query.to) : null,
    sort: query.sort,
    offset: int(query.offset),
    limit: int(query.limit),
  });
  if (!row) throw new NotFoundError(`no person ${id}`);
  return { items: await messageSummaries(driver, row.ids), total: row.total, offset: query.offset, limit: query.limit };
}
