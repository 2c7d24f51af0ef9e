/**
 * GET /api/stats — what is in the graph: counts by label and type, dates, failures, the last run.
 */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';

import { readOne, readQuery } from '../db/queries.js';
import type { StatsResponse, VerificationStatus } from '../../contract/index.js';

// Bookkeeping labels that say nothing about the mail.
const HIDDEN_LABELS = new Set(['Migration']);

interface CountsRow extends Record<string, unknown> {
  labels: { name: string; count: number }[];
  relationships: { name: string; count: number }[];
}

interface OverviewRow extends Record<string, unknown> {
  first: string | null;
  last: string | null;
  failures: number;
  lostMessages: number;
  lastRun: {
    id: string;
    status: string;
    startedAt: string | null;
    finishedAt: string | null;
    seen: number | null;
    ingested: number | null;
    duplicates: number | null;
    failed: number | null;
  } | null;
  verification: { status: string; count: number }[];
}

const month = (year: number, m: number) => `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;

export async function loadStats(driver: Driver): Promise<StatsResponse> {
  const [counts, overview, histogram] = await Promise.all([
    readOne<CountsRow>(driver, 'stats-counts'),
    readOne<OverviewRow>(driver, 'stats-overview'),
    readQuery<{ year: number; month: number; messages: number }>(driver, 'stats-histogram'),
  ]);
  const toRecord = (rows: { name: string; count: number }[] = []) =>
    Object.fromEntries(rows.filter((r) => !HIDDEN_LABELS.has(r.name)).map((r) => [r.name, r.count]));
  const verification: Record<VerificationStatus, number> = { verified: 0, contradicted: 0, unverifiable: 0 };
  for (const v of overview?.verification ?? [])
    if (v.status in verification) verification[v.status as VerificationStatus] = v.count;
  const run = overview?.lastRun ?? null;
  return {
    labels: toRecord(counts?.labels),
    relationships: toRecord(counts?.relationships),
    dates: { first: overview?.first ?? null, last: overview?.last ?? null },
    histogram: histogram.map((h) => ({ month: month(h.year, h.month), messages: h.messages })),
    failures: { total: overview?.failures ?? 0, lostMessages: overview?.lostMessages ?? 0 },
    lastRun: run && {
      id: run.id,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      seen: run.seen ?? 0,
      ingested: run.ingested ?? 0,
      duplicates: run.duplicates ?? 0,
      failed: run.failed ?? 0,
    },
    verification,
  };
}

export function statsRouter(driver: Driver): Router {
  const router = Router();
  router.get('/stats', async (_req, res) => {
    res.json(await loadStats(driver));
  });
  return router;
}
