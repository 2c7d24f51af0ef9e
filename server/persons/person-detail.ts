/**
 * GET /api/persons/:id — one person: addresses (and why each is theirs), names, volume, activity
 * per month, top correspondents and the entities most mentioned in their mail.
 */
import type { Driver } from 'neo4j-driver';

import type { PersonDetail } from '../../contract/index.js';
import { int, readOne, readQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';

export const TOP_CORRESPONDENTS = 20;
export const TOP_MENTIONS = 20;

interface ProfileRow extends Record<string, unknown> {
  id: string;
  name: string;
  names: string[];
  sent: number;
  received: number;
  first: string | null;
  last: string | null;
  addresses: PersonDetail['addresses'];
}

const month = (year: number, m: number) => `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;

export async function loadPersonDetail(driver: Driver, id: string): Promise<PersonDetail> {
  const [profile, histogram, correspondents, mentions] = await Promise.all([
    readOne<ProfileRow>(driver, 'person-profile', { id }),
    readQuery<{ year: number; month: number; sent: number; received: number }>(driver, 'person-histogram', { id }),
    readQuery<{ id: string; name: string; sent: number; received: number; total: number }>(
      driver,
      'person-correspondents',
      {
        id,
        limit: int(TOP_CORRESPONDENTS),
      },
    ),
    readQuery<{ key: string; name: string; type: string | null; count: number }>(driver, 'person-mentions', {
      id,
      limit: int(TOP_MENTIONS),
    }),
  ]);
  if (!profile) throw new NotFoundError(`no person ${id}`);
  return {
    id: profile.id,
    name: profile.name,
    names: profile.names,
    addresses: profile.addresses,
    sent: profile.sent,
    received: profile.received,
    first: profile.first,
    last: profile.last,
    histogram: histogram.map((h) => ({ month: month(h.year, h.month), sent: h.sent, received: h.received })),
    topCorrespondents: correspondents,
    topMentions: mentions.map((m) => ({ ...m, type: m.type ?? '' })),
  };
}
