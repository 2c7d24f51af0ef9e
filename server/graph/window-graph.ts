/**
 * The who-talked-to-whom counts of a date window: the whole months summed from the buckets the
 * derive precomputes (EMAILED_IN, ACTIVE_IN), the pieces of month at either end read from the
 * messages, merged here. Edges and volumes come back as column lists (one row each), so a month of
 * a large leak — tens of thousands of pairs — is cheap to send and decode.
 */
import type { Driver } from 'neo4j-driver';

import { int, readOne } from '../db/queries.js';
import { type EdgeColumns as AnswerEdgeColumns, isoWithOffset } from './columns.js';
import type { CountRow, EdgeRow } from './graph-response.js';
import { type DateWindow, splitByMonths } from './window.js';

export interface Volume {
  sent: number;
  received: number;
}

/** The read's edge columns: those of the answer (columns.ts), with person ids where it has indexes. */
type EdgeColumns = Omit<AnswerEdgeColumns, 'sources' | 'targets'> &
  Record<string, unknown> & { sources: string[]; targets: string[] };

interface VolumeColumns extends Record<string, unknown> {
  ids: string[];
  sent: number[];
  received: number[];
}

interface Pair {
  source: string;
  target: string;
  count: number;
  to: number;
  cc: number;
  bcc: number;
  firstSeconds: number | null;
  firstOffset: number | null;
  lastSeconds: number | null;
  lastOffset: number | null;
}

/** Adds one part's edges into the pairs: counts add up, the earliest first and the latest last win. */
function addEdges(pairs: Map<string, Pair>, c: EdgeColumns): void {
  for (let i = 0; i < c.sources.length; i++) {
    const key = `${c.sources[i]}\n${c.targets[i]}`;
    const [fs, fo, ls, lo] = c.dates[i]!;
    const kept = pairs.get(key);
    if (!kept) {
      pairs.set(key, {
        source: c.sources[i]!,
        target: c.targets[i]!,
        count: c.counts[i]!,
        to: c.to[i]!,
        cc: c.cc[i]!,
        bcc: c.bcc[i]!,
        firstSeconds: fs,
        firstOffset: fo,
        lastSeconds: ls,
        lastOffset: lo,
      });
      continue;
    }
    kept.count += c.counts[i]!;
    kept.to += c.to[i]!;
    kept.cc += c.cc[i]!;
    kept.bcc += c.bcc[i]!;
    if (fs !== null && (kept.firstSeconds === null || fs < kept.firstSeconds)) {
      kept.firstSeconds = fs;
      kept.firstOffset = fo;
    }
    if (ls !== null && (kept.lastSeconds === null || ls > kept.lastSeconds)) {
      kept.lastSeconds = ls;
      kept.lastOffset = lo;
    }
  }
}

export type WindowFilter = { minCount: number; domains: string[]; ids: string[] | null };

/**
 * The window's edge columns, one part per read: the whole months from `monthQuery` (the buckets),
 * each piece of month at either end from the messages (graph-window-edges.cypher), read in parallel.
 */
async function readWindowParts<Columns extends Record<string, unknown>>(
  driver: Driver,
  window: DateWindow,
  filter: WindowFilter,
  monthQuery: 'graph-month-edges' | 'graph-month-counts',
): Promise<Columns[]> {
  const split = splitByMonths(window);
  const shared = { domains: filter.domains, ids: filter.ids };
  const parts = await Promise.all([
    split.months &&
      readOne<Columns>(driver, monthQuery, {
        ...shared,
        fromMonth: int(split.months.from),
        toMonth: int(split.months.to),
      }),
    ...split.pieces.map((piece) => readOne<Columns>(driver, 'graph-window-edges', { ...shared, ...piece })),
  ]);
  return parts.flatMap((part) => (part ? [part] : []));
}

/**
 * The person→person edges of the window with at least `minCount` messages (the minimum applies to
 * the window's total, so it is checked after the parts are added). `ids`: only edges among them.
 */
export async function windowEdgeRows(driver: Driver, window: DateWindow, filter: WindowFilter): Promise<EdgeRow[]> {
  const parts = await readWindowParts<EdgeColumns>(driver, window, filter, 'graph-month-edges');
  const pairs = new Map<string, Pair>();
  for (const part of parts) addEdges(pairs, part);
  const rows: EdgeRow[] = [];
  for (const p of pairs.values()) {
    if (p.count < filter.minCount) continue;
    rows.push({
      source: p.source,
      target: p.target,
      count: p.count,
      to: p.to,
      cc: p.cc,
      bcc: p.bcc,
      first: isoWithOffset(p.firstSeconds, p.firstOffset),
      last: isoWithOffset(p.lastSeconds, p.lastOffset),
    });
  }
  return rows;
}

/** The window's person→person counts only (what the explorer draws), with at least `minCount` messages. */
export async function windowCountRows(driver: Driver, window: DateWindow, filter: WindowFilter): Promise<CountRow[]> {
  type Counts = Pick<EdgeColumns, 'sources' | 'targets' | 'counts'> & Record<string, unknown>;
  // The pieces of month are few messages: read in full (graph-window-edges.cypher), their counts kept.
  const parts = await readWindowParts<Counts>(driver, window, filter, 'graph-month-counts');
  const pairs = new Map<string, CountRow>();
  for (const c of parts) {
    for (let i = 0; i < c.sources.length; i++) {
      const key = `${c.sources[i]}\n${c.targets[i]}`;
      const kept = pairs.get(key);
      if (kept) kept.count += c.counts[i]!;
      else pairs.set(key, { source: c.sources[i]!, target: c.targets[i]!, count: c.counts[i]! });
    }
  }
  return [...pairs.values()].filter((p) => p.count >= filter.minCount);
}

/** Messages each person sent and received in the window (persons with none are absent). */
export async function windowVolumes(driver: Driver, window: DateWindow): Promise<Map<string, Volume>> {
  const split = splitByMonths(window);
  const parts = await Promise.all([
    split.months &&
      readOne<VolumeColumns>(driver, 'graph-month-volumes', {
        fromMonth: int(split.months.from),
        toMonth: int(split.months.to),
      }),
    ...split.pieces.map((piece) => readOne<VolumeColumns>(driver, 'graph-window-volumes', { ...piece })),
  ]);
  const volumes = new Map<string, Volume>();
  for (const c of parts) {
    if (!c) continue;
    for (let i = 0; i < c.ids.length; i++) {
      const v = volumes.get(c.ids[i]!) ?? { sent: 0, received: 0 };
      v.sent += c.sent[i]!;
      v.received += c.received[i]!;
      volumes.set(c.ids[i]!, v);
    }
  }
  return volumes;
}
