/**
 * GET /api/path — how two people are connected: the shortest chains of EMAILED edges (either
 * direction), and for each hop the messages that make it.
 */
import type { Driver } from 'neo4j-driver';
import type { z } from 'zod';

import type { PathHop, PathResponse, PersonRef, pathQuerySchema } from '../../contract/index.js';
import { int, readQuery } from '../db/queries.js';
import { NotFoundError } from '../errors.js';
import { messageSummaries } from '../messages/summaries.js';

// Messages listed per hop (the newest); `count` gives the full number.
export const MAX_HOP_MESSAGES = 20;
// allShortestPaths returns one path per combination of edge directions; read enough to fill `limit`
// distinct person chains after dropping those duplicates.
const FETCH_FACTOR = 8;

export type PathQuery = z.infer<typeof pathQuerySchema>;

export async function findPaths(driver: Driver, query: PathQuery): Promise<PathResponse> {
  const ends = await readQuery<PersonRef & Record<string, unknown>>(driver, 'person-refs', {
    ids: [query.from, query.to],
  });
  const from = ends.find((p) => p.id === query.from);
  const to = ends.find((p) => p.id === query.to);
  if (!from) throw new NotFoundError(`no person ${query.from}`);
  if (!to) throw new NotFoundError(`no person ${query.to}`);
  if (query.from === query.to) return { from, to, paths: [{ persons: [from], hops: [] }] };

  const rows = await readQuery<{ persons: PersonRef[] }>(driver, 'path-shortest', {
    from: query.from,
    to: query.to,
    maxHops: int(query.maxHops),
    fetch: int(query.limit * FETCH_FACTOR),
  });
  const seen = new Set<string>();
  const chains: PersonRef[][] = [];
  for (const r of rows) {
    const key = r.persons.map((p) => p.id).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    chains.push(r.persons);
    if (chains.length >= query.limit) break;
  }

  const pairs = new Map<string, { a: string; b: string }>();
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.length; i++)
      pairs.set(`${chain[i]!.id} ${chain[i + 1]!.id}`, { a: chain[i]!.id, b: chain[i + 1]!.id });
  }
  const hopRows = pairs.size
    ? await readQuery<{ a: string; b: string; count: number; ids: string[] }>(driver, 'path-hop-messages', {
        pairs: [...pairs.values()],
        limit: int(MAX_HOP_MESSAGES),
      })
    : [];
  const summaries = new Map(
    (await messageSummaries(driver, [...new Set(hopRows.flatMap((h) => h.ids))])).map((s) => [s.id, s]),
  );
  const hops = new Map(hopRows.map((h) => [`${h.a} ${h.b}`, h]));

  return {
    from,
    to,
    paths: chains.map((persons) => ({
      persons,
      hops: persons.slice(1).map((next, i): PathHop => {
        const hop = hops.get(`${persons[i]!.id} ${next.id}`);
        return {
          from: persons[i]!,
          to: next,
          count: hop?.count ?? 0,
          messages: (hop?.ids ?? []).flatMap((id) => summaries.get(id) ?? []),
        };
      }),
    })),
  };
}
