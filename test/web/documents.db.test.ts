/**
 * Issue 12, documents in the explorer in Chromium: mails carrying real fixture documents
 * (test/server/support/document-dump.ts) are ingested; the message reader lists each attachment
 * with a metadata value from the fixtures' answer key (exiftool), the document panel's "who had it
 * when" lists the carrying messages in date order (the dates as the mails' headers wrote them), and
 * documents toggled on in the filters are drawn as graph nodes. Expected values come from the
 * messages as written and the answer key, never from the app.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { missingShared } from '../support/shared.js';
import { MESSAGES, SHARED, useDocumentGraph } from '../server/support/document-dump.js';
import { missingChromium } from './support/explorer-env.js';
import { useServedPage } from './support/served-page.js';
import { GRAPH_TIMEOUT, type Watch, openExplorer, redraws, saveScreenshot, visibleNodes } from './support/page.js';

describe.skipIf(missingChromium() ?? missingShared('fixtures/documents'))(
  'documents in the explorer (issue 12)',
  { timeout: 240_000 },
  () => {
    const g = useDocumentGraph();
    const served = useServedPage(g.driver);
    let page: Page;
    let watch: Watch;
    let url: string;
    beforeAll(() => {
      ({ page, watch, url } = served());
    });

    const shared = () => g.entry(SHARED).sha256;
    // The messages carrying the shared document, by the Date header as written (earliest first).
    const carriers = () =>
      MESSAGES.map((m, i) => ({ i, m, at: Date.parse(m.headers.date!) }))
        .filter((x) => x.m.attachments.some((a) => a.fixture === SHARED))
        .sort((a, b) => a.at - b.at);

    it('the message reader lists the attachment with its metadata from the answer key', async () => {
      await openExplorer(page, url, `?min=1&msg=${g.messageId(0)}`);
      const item = page.locator(`.reader li.attachment[data-sha256="${shared()}"]`);
      const written = MESSAGES[0]!.attachments.find((a) => a.fixture === SHARED)!;
      await expect.poll(() => item.locator('.attachment-name').textContent(), { timeout: 30_000 }).toBe(written.name);
      await item.getByText(/^Metadata \(/).click();
      const table = item.getByRole('table', { name: 'document metadata' });
      const key = g.entry(SHARED).normalized;
      for (const value of [key.last_modified_by, key.company, key.title]) {
        expect(typeof value).toBe('string');
        await expect.poll(() => table.textContent(), { timeout: 30_000 }).toContain(value as string);
      }
      // Nested metadata (each normalised field's source tag) reads as text, never as "[object Object]".
      expect(await table.textContent()).not.toContain('[object Object]');
      // Also sent in: the other messages carrying it, by subject.
      const others = carriers()
        .filter((c) => c.i !== 0)
        .map((c) => c.m.headers.subject!);
      const also = item.getByRole('region', { name: 'also sent in' });
      for (const subject of others) await expect.poll(() => also.textContent()).toContain(subject);
    });

    it('the document panel lists who had it, in date order', async () => {
      await page
        .locator(`.reader li.attachment[data-sha256="${shared()}"]`)
        .getByRole('button', { name: 'open document' })
        .click();
      const timeline = page.getByRole('list', { name: 'who had it when' });
      await timeline.waitFor({ timeout: 30_000 });
      const steps = await timeline.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-message')));
      expect(steps).toEqual(carriers().map((c) => g.messageId(c.i)));
      // Read order (alice, bob, carol) is not date order: the check can fail.
      expect(carriers().map((c) => c.i)).not.toEqual([...carriers().map((c) => c.i)].sort());
      await saveScreenshot(page, 'document-panel');
      const raw = await page.getByRole('link', { name: 'Download the original' }).getAttribute('href');
      expect(raw).toBe(`api/documents/${shared()}/raw`);
      // Clicking a step opens that message in the reader.
      const last = carriers().at(-1)!;
      await timeline.locator('li').last().getByRole('button', { name: last.m.headers.subject! }).click();
      await page.locator(`.reader[data-message="${g.messageId(last.i)}"]`).waitFor({ timeout: 30_000 });
    });

    it('documents toggled on in the filters are drawn as nodes', async () => {
      await openExplorer(page, url, '?min=1');
      const node = `doc:${shared()}`;
      expect(await visibleNodes(page)).not.toContain(node);
      const filter = page.getByRole('group', { name: 'Attached documents' });
      await redraws(page, () => filter.getByRole('checkbox', { name: 'show as nodes' }).check());
      await expect.poll(() => visibleNodes(page), { timeout: GRAPH_TIMEOUT }).toContain(node);
      expect(page.url()).toContain('docs=1');
      // Every attached document of the dump is drawn and counted in the key (the loose ones were mailed by no one).
      const attached = new Set(MESSAGES.flatMap((m) => m.attachments.map((a) => g.entry(a.fixture).sha256)));
      const drawn = (await visibleNodes(page)).filter((n) => n.startsWith('doc:'));
      expect(drawn.sort()).toEqual([...attached].map((sha) => `doc:${sha}`).sort());
      const counts = await page
        .getByRole('list', { name: 'attached documents' })
        .locator('.legend-count')
        .allTextContents();
      expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(attached.size);
      await saveScreenshot(page, 'documents-graph');
      expect(watch.errors).toEqual([]);
      expect(watch.outside).toEqual([]);
    });
  },
);
