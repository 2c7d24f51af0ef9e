/**
 * Issue 6, the analyst's tools in a real browser: saved queries and the Cypher editor, the path
 * finder, and export of the view (GEXF parsed and compared with what is drawn; PNG decoded).
 * Expected values come from the API and Cypher run here. Same small view as explorer.test.ts.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphResponse, PathResponse, QueryResult, SavedQuery } from '../../contract/index.js';
import { scalar } from '../support/db.js';
import { missingShared } from '../support/shared.js';
import { ENRON, HOSTILE, useExplorerEnv, missingChromium } from './support/explorer-env.js';
import {
  type Watch,
  api,
  inkRatio,
  newWatchedPage,
  openExplorer,
  redraws,
  saveScreenshot,
  visibleNodes,
} from './support/page.js';

const VIEW = '?min=3';

function gexfNodeIds(xml: string): string[] {
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'node' || name === 'edge' }).parse(
    xml,
  ) as {
    gexf: { graph: { nodes?: { node: { '@_id': string }[] } } };
  };
  return (doc.gexf.graph.nodes?.node ?? []).map((n) => n['@_id']);
}

async function exportFile(page: Page, item: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(missingChromium() ?? missingShared(ENRON) ?? missingShared(HOSTILE))(
  'the explorer’s tools in Chromium (issue 6)',
  { timeout: 240_000 },
  () => {
    const env = useExplorerEnv();
    let page: Page;
    let watch: Watch;

    beforeAll(async () => {
      ({ page, watch } = await newWatchedPage(env().browser, env().url));
      await openExplorer(page, env().url, VIEW);
    });
    afterAll(() => page?.close());

    it('a saved query with a graph result draws its persons over the graph', async () => {
      const queries = await api<SavedQuery[]>(env().url, 'api/queries');
      const ego = queries.find((q) => q.name === 'ego-network');
      expect(ego?.result).toBe('graph');
      // The busiest person's whole circle (ties of one message and up, everyone): it reaches people
      // the view (links of 3+ messages) leaves out, so drawing it must change the graph.
      const params = { ...Object.fromEntries(ego!.params.map((p) => [p.name, p.default])), minCount: 1, limit: 500 };
      const expected = await api<QueryResult>(env().url, 'api/queries/ego-network/run', { params });
      if (expected.kind !== 'graph') throw new Error('ego-network should return a graph');
      const before = await visibleNodes(page);
      expect(expected.graph.nodes.filter((n) => !before.includes(n.key)).length).toBeGreaterThan(0);

      await page.getByRole('tab', { name: 'Queries' }).click();
      await page.getByLabel('Saved queries').selectOption('ego-network');
      await page.getByLabel(/^minCount/).fill('1');
      await page.getByLabel(/^limit/).fill('500');
      await redraws(page, () => page.getByRole('button', { name: 'Run', exact: true }).first().click());
      await expect
        .poll(() => page.getByTestId('query-result').textContent())
        .toContain(`${expected.graph.nodes.length} nodes`);
      const shown = new Set(await visibleNodes(page));
      expect(shown).toEqual(new Set([...before, ...expected.graph.nodes.map((n) => n.key)]));
      expect(new URL(page.url()).searchParams.get('q')).toBe('ego-network');
      await saveScreenshot(page, 'saved-query');

      await redraws(page, () => page.getByTestId('query-result').getByRole('button', { name: 'clear' }).click());
      expect(new Set(await visibleNodes(page))).toEqual(new Set(before));
    });

    it('the Cypher editor runs read-only queries and shows the refusal of a write', async () => {
      const messages = await scalar(env().driver, 'MATCH (m:Message) RETURN count(m)');
      const editor = page.locator('.cypher-editor .cm-content');
      await editor.waitFor();
      const type = async (text: string) => {
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(text);
      };
      await type('MATCH (m:Message) RETURN count(m) AS messages');
      await page.getByLabel('show the result as').selectOption('table');
      await page.locator('section.editor').getByRole('button', { name: 'Run', exact: true }).click();
      const table = page.getByTestId('query-result').locator('table');
      await expect.poll(() => table.locator('td').first().textContent(), { timeout: 30_000 }).toBe(String(messages));
      await saveScreenshot(page, 'cypher-editor');

      // Saved, it joins the list with a form made from its parameters.
      await type('MATCH (m:Message) WHERE m.date >= datetime($since) RETURN count(m) AS messages');
      await page.getByRole('button', { name: 'Save as…' }).click();
      const form = page.locator('form.save-query');
      await form.getByLabel(/^Name/).fill('messages-since');
      await form.getByLabel('Title').fill('Messages since a date');
      await form.getByLabel('$since').selectOption('datetime');
      await form.getByRole('button', { name: 'Save query' }).click();
      await expect
        .poll(() => page.getByLabel('Saved queries').locator('option[value="messages-since"]').count())
        .toBe(1);
      const saved = (await api<SavedQuery[]>(env().url, 'api/queries')).find((q) => q.name === 'messages-since');
      expect(saved).toMatchObject({
        source: 'analyst',
        title: 'Messages since a date',
        params: [{ name: 'since', type: 'datetime' }],
      });

      await type("CREATE (x:Intruder {name: 'test'}) RETURN x");
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(() => page.locator('.queries [role=alert]').textContent(), { timeout: 30_000 })
        .toMatch(/writ|read|refus/i);
      expect(await scalar(env().driver, 'MATCH (x:Intruder) RETURN count(x)')).toBe(0);
    });

    it('the path finder draws the chain between two people and lists the messages of each hop', async () => {
      // Two people two hops apart, each with a name no one else has (so the pickers are unambiguous).
      const pair = await scalar<{ a: { id: string; name: string }; b: { id: string; name: string } }>(
        env().driver,
        `MATCH (a:Person)-[:EMAILED]-(:Person)-[:EMAILED]-(b:Person)
       WHERE a.id < b.id AND NOT (a)-[:EMAILED]-(b) AND a.name =~ '[A-Z][a-z]+ [A-Z][a-z]+' AND b.name =~ '[A-Z][a-z]+ [A-Z][a-z]+'
         AND COUNT { (o:Person) WHERE o.name IN [a.name, b.name] } = 2
       RETURN {a: a {.id, .name}, b: b {.id, .name}} ORDER BY a.id, b.id LIMIT 1`,
      );
      const expected = await api<PathResponse>(env().url, `api/path?from=${pair.a.id}&to=${pair.b.id}`);
      expect(expected.paths[0]?.hops.length).toBe(2);

      await page.getByRole('tab', { name: 'Path' }).click();
      for (const [label, person] of [
        ['From person', pair.a],
        ['To person', pair.b],
      ] as const) {
        const box = page.getByRole('combobox', { name: label });
        await box.fill(person.name);
        await page.getByRole('option').filter({ hasText: person.name }).first().click();
      }
      await redraws(page, () => page.getByRole('button', { name: 'Find paths' }).click());
      expect(new URL(page.url()).searchParams.get('path')).toBe(`${pair.a.id}~${pair.b.id}`);
      const shown = new Set(await visibleNodes(page));
      for (const p of expected.paths[0]!.persons) expect(shown.has(p.id)).toBe(true);
      const firstHop = expected.paths[0]!.hops[0]!;
      const hopList = page.getByTestId('paths').locator('details[open] .hop').first();
      await expect(hopList.getByRole('button').allTextContents()).resolves.toHaveLength(firstHop.messages.length);
      await saveScreenshot(page, 'path');
      await redraws(page, () => page.getByRole('button', { name: 'Clear' }).click());
    });

    it('exports GEXF that holds exactly the persons drawn, before and after an edit', async () => {
      const graph = await api<GraphResponse>(env().url, 'api/graph?minCount=3');
      const plain = await exportFile(page, /GEXF/);
      expect(plain.name).toMatch(/\.gexf$/);
      expect(new Set(gexfNodeIds(plain.bytes.toString('utf8')))).toEqual(new Set(graph.nodes.map((n) => n.key)));

      // Remove the busiest person from the view; the export must follow the view, not the filters.
      const busiest = graph.nodes.reduce((a, b) =>
        b.attributes.sent + b.attributes.received > a.attributes.sent + a.attributes.received ? b : a,
      ).key;
      await page.goto(`${env().url}${VIEW}&focus=${busiest}`);
      await page.waitForFunction(() => document.body.dataset.graphState === 'rendered');
      await redraws(page, () => page.locator('article.person').getByRole('button', { name: 'Remove' }).click());
      const edited = await exportFile(page, /GEXF/);
      const ids = new Set(gexfNodeIds(edited.bytes.toString('utf8')));
      expect(ids.has(busiest)).toBe(false);
      expect(ids).toEqual(new Set(await visibleNodes(page)));
    });

    it('exports a PNG image of the view', async () => {
      const png = await exportFile(page, 'PNG image');
      expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const width = png.bytes.readUInt32BE(16);
      const height = png.bytes.readUInt32BE(20);
      expect(width).toBeGreaterThan(200);
      expect(height).toBeGreaterThan(200);
      expect(await inkRatio(env().browser, png.bytes, { r: 255, g: 255, b: 255 })).toBeGreaterThan(0.003);
      expect(watch.outside).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  },
);
