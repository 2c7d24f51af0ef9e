/**
 * Issue 12, the names a document holds, in the explorer's document panel in Chromium: a hand-written
 * memo (test/server/support/mention-dump.ts) attached to a mail is ingested with its names read; the
 * panel lists the correspondents and the entities it names, with how often, and a correspondent
 * focuses its person in the graph. Expected names, kinds and counts are read off the memo's text
 * by hand (MEMO_NAMES); person ids come from the graph by address.
 */
import { describe, expect, it } from 'vitest';

import { missingShared } from '../support/shared.js';
import { MEMO_NAMES, useMentionGraph } from '../server/support/mention-dump.js';
import { missingChromium } from './support/explorer-env.js';
import { useServedPage } from './support/served-page.js';
import { openExplorer, saveScreenshot } from './support/page.js';

const KIND: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

describe.skipIf(missingChromium() ?? missingShared('fixtures/documents'))(
  'the names in a document, in its panel (issue 12)',
  { timeout: 240_000 },
  () => {
    const g = useMentionGraph();
    const served = useServedPage(g.driver);
    const personOf = g.personOf;
    const rows = (list: string) =>
      served()
        .page.getByRole('list', { name: list })
        .locator('li')
        .evaluateAll((els) =>
          els.map((e) => ({
            name: e.querySelector('.mention-name')!.textContent,
            kind: e.querySelector('.tag')!.textContent,
            count: e.querySelector('.mention-count')!.textContent,
            person: e.getAttribute('data-person'),
          })),
        );

    it('lists the correspondents and the entities the memo names, with how often', async () => {
      const { page, url } = served();
      await openExplorer(page, url, `?min=1&doc=${g.memoSha()}`);
      const region = page.getByRole('region', { name: 'names in it' });
      await region.getByRole('list', { name: 'entities it names' }).waitFor({ timeout: 30_000 });
      const people = MEMO_NAMES.filter((n) => n.email);
      const wantPeople = await Promise.all(
        people.map(async (n) => ({
          name: n.name,
          kind: 'correspondent',
          count: `×${n.count}`,
          person: await personOf(n.email!),
        })),
      );
      const byName = (a: { name: string | null }, b: { name: string | null }) => a.name!.localeCompare(b.name!);
      expect((await rows('correspondents it names')).sort(byName)).toEqual(wantPeople.sort(byName));
      const wantEntities = MEMO_NAMES.filter((n) => !n.email).map((n) => ({
        name: n.name,
        kind: KIND[n.type],
        count: `×${n.count}`,
        person: '',
      }));
      expect((await rows('entities it names')).sort(byName)).toEqual(wantEntities.sort(byName));
      // Most mentioned first: Bob Stone, named twice.
      expect((await rows('correspondents it names'))[0]!.name).toBe('Bob Stone');
      await saveScreenshot(page, 'document-mentions');
    });

    it('a correspondent it names focuses that person in the graph', async () => {
      const { page, watch } = served();
      const alice = await personOf('alice.walker@example.org');
      await page
        .getByRole('list', { name: 'correspondents it names' })
        .getByRole('button', { name: 'Alice Walker' })
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get('focus'), { timeout: 30_000 }).toBe(alice);
      expect(watch.errors).toEqual([]);
      expect(watch.outside).toEqual([]);
    });
  },
);
