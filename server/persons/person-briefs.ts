/**
 * Person ids → PersonBrief (name, volume, most used address), in the order given: how search,
 * the path picker and "same person?" lists show a person.
 */
import type { Driver } from 'neo4j-driver';

import type { PersonBrief } from '../../contract/index.js';
import { readQuery } from '../db/queries.js';

export type BriefRow = PersonBrief & { names: string[] };

export async function personBriefs(driver: Driver, ids: string[]): Promise<Map<string, BriefRow>> {
  if (ids.length === 0) return new Map();
  const rows = await readQuery<BriefRow & Record<string, unknown>>(driver, 'person-briefs', { ids });
  return new Map(rows.map((r) => [r.id, r]));
}

export const brief = (r: BriefRow): PersonBrief => ({
  id: r.id,
  name: r.name,
  messages: r.messages,
  address: r.address,
});
