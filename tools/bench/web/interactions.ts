/**
 * bench:web's interaction part (issue 15): how long the explorer takes to answer an analyst on the
 * benchmark graph, and the same graph on a bare sigma page in the same run as the reference.
 *
 * Explorer (the busiest person focused, as after a search): open their first message (click → the
 * reader shows its subject), close it (Esc → the reader is gone), change a filter (minimum
 * messages per link, Enter → the new graph's first frame, fetch and layout included). Each is timed
 * from Playwright, and the sigma frames it drew are counted (body[data-renders]).
 * Bare sigma: one full redraw (the cost a needless refresh would add) and a swap to the graph the
 * explorer's filter change fetched (sigma's share of a filter change).
 */
import type { Page } from 'playwright-core';

import type { GraphResponse } from '../../../contract/index.js';
import { renders, waitIdle } from '../../../test/web/support/page.js';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const TIMEOUT = 600_000;

async function timed(page: Page, action: () => Promise<void>): Promise<{ ms: number; frames: number }> {
  const before = await renders(page);
  const started = performance.now();
  await action();
  const ms = Math.round(performance.now() - started);
  await waitIdle(page);
  return { ms, frames: (await renders(page)) - before };
}

export const busiestPerson = (graph: Pick<GraphResponse, 'nodes'>): string =>
  graph.nodes
    .filter((n) => n.attributes.kind === 'person')
    .reduce((a, b) => (b.attributes.sent + b.attributes.received > a.attributes.sent + a.attributes.received ? b : a))
    .key;

export interface Sample {
  ms: number;
  frames: number;
}

export interface AppInteractions {
  openMessage: Sample[];
  closeMessage: Sample[];
  filterChange: Sample[];
  /** The graphs the filter changes fetched, in order (the bare page swaps to the same ones). */
  graphs: string[];
}

/** On a page showing the explorer with `focus` set and settled. */
export async function appInteractions(page: Page, minCount: number, runs: number): Promise<AppInteractions> {
  const out: AppInteractions = { openMessage: [], closeMessage: [], filterChange: [], graphs: [] };
  await waitIdle(page);
  const row = page.locator('article.person table.message-list .row-link').first();
  await row.waitFor({ timeout: TIMEOUT });
  const subject = await row.getAttribute('title');
  for (let i = 0; i < runs; i++) {
    out.openMessage.push(
      await timed(page, async () => {
        await row.click();
        await page.waitForFunction((s) => document.querySelector('section.reader h2')?.textContent === s, subject, {
          timeout: TIMEOUT,
          polling: 'raf',
        });
      }),
    );
    out.closeMessage.push(
      await timed(page, async () => {
        await page.keyboard.press('Escape');
        await page.locator('section.reader').waitFor({ state: 'detached', timeout: TIMEOUT });
      }),
    );
  }
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.endsWith('/api/graph')) void r.text().then((t) => out.graphs.push(t));
  });
  await page.getByRole('tab', { name: 'Filters' }).click();
  const field = page.getByLabel('Minimum messages per link');
  for (let i = 0; i < runs; i++) {
    // Up one, back down, up again: every change is a new view, fetched and drawn.
    const next = i % 2 === 0 ? minCount + 1 : minCount;
    await field.fill(String(next));
    const version = Number(await page.evaluate(() => document.body.dataset.graphVersion ?? '0'));
    out.filterChange.push(
      await timed(page, async () => {
        await field.press('Enter');
        await page.waitForFunction(
          (v) => {
            const b = document.body.dataset;
            return Number(b.graphVersion ?? '0') > v && b.graphState === 'rendered';
          },
          version,
          { timeout: TIMEOUT, polling: 'raf' },
        );
      }),
    );
  }
  return out;
}

export interface BareInteractions {
  refreshMs: number[];
  swapMs: number[];
}

/** On the bare page, drawn: `runs` full redraws, then a swap to each graph in turn. */
export async function bareInteractions(page: Page, runs: number, graphUrls: string[]): Promise<BareInteractions> {
  const out: BareInteractions = { refreshMs: [], swapMs: [] };
  for (let i = 0; i < runs; i++) out.refreshMs.push(Math.round(await page.evaluate(() => window.bare!.refresh())));
  for (const url of graphUrls) out.swapMs.push(Math.round(await page.evaluate((u) => window.bare!.swap(u), url)));
  return out;
}
