/**
 * GET /api/persons/:id — one person: addresses (and why each is theirs), names, volume, activity
 * per month, top correspondents and the entities most mentioned in their mail. With a time window
 * (the explorer's time filter), volume, activity, correspondents and mentions are those of the
 * window: the volume is the activity's sum, correspondents are counted from the messages.
 */
import type { Driver } from 'neo4j-driver';

import type { PersonDetail } from '../../contract/index.js';
import { int, readOne, readQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { dateWindow } from '../graph/window.js';

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

export async function loadPersonDetail(
  driver: Driver,
  id: string,
  filter: { from?: string | undefined; to?: string | undefined } = {},
): Promise<PersonDetail> {
  const window = dateWindow(filter);
  const bounds = { from: window?.from ?? null, to: window?.to ?? null };
  const [profile, histogram, correspondents, mentions] = await Promise.all([
    readOne<ProfileRow>(driver, 'person-profile', { id }),
    readQuery<{ year: number; month: number; sent: number; received: number }>(driver, 'person-histogram', {
      id,
      ...bounds,
    }),
    readQuery<{ id: string; name: string; sent: number; received: number; total: number }>(
      driver,
      window ? 'person-correspondents-window' : 'person-correspondents',
      { id, ...bounds, limit: int(TOP_CORRESPONDENTS) },
    ),
    readQuery<{ key: string; name: string; type: string | null; count: number }>(driver, 'person-mentions', {
      id,
      ...bounds,
      limit: int(TOP_MENTIONS),
    }),
  ]);
  if (!profile) throw new NotFoundError(`no person ${id}`);
  const sum = (key: 'sent' | 'received') => histogram.reduce((n, h) => n + h[key], 0);
  return {
    id: profile.id,
    name: profile.name,
    names: profile.names,
    addresses: profile.addresses,
    sent: window ? sum('sent') : profile.sent,
    received: window ? sum('received') : profile.received,
    window: window ? { from: filter.from ?? null, to: filter.to ?? null } : null,
    first: profile.first,
    last: profile.last,
    histogram: histogram.map((h) => ({ month: month(h.year, h.month), sent: h.sent, received: h.received })),
    topCorrespondents: correspondents,
    topMentions: mentions.map((m) => ({ ...m, type: m.type ?? '' })),
  };
}
