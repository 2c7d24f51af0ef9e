/**
 * Issue 12, what documents mention in the search, on the real test Neo4j: an entity hit counts the
 * messages and the documents that name it, and says which. The dump (support/mention-dump.ts) is a
 * memo and two mails whose names were read off their texts by hand.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { SearchResponse } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { missingShared } from '../support/shared.js';
import { mentionedIn, useMentionGraph } from './support/mention-dump.js';

describe.skipIf(!!missingShared('fixtures/documents'))('entity hits count messages and documents (issue 12)', () => {
  const g = useMentionGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: g.driver() });
  });
  const entityHit = async (q: string, label: string) => {
    const body = (
      await request(app)
        .get(`/api/search?q=${encodeURIComponent(q)}&kinds=entity`)
        .expect(200)
    ).body as SearchResponse;
    const hit = body.hits.find((h) => h.kind === 'entity' && h.label === label);
    expect(hit, JSON.stringify(body.hits)).toBeDefined();
    return hit!;
  };

  it.each([
    // Named in two mails and the memo.
    ['rotterdam', 'Rotterdam', '2 messages · 1 document'],
    // Named in one mail and the memo.
    ['northwind', 'Northwind Traders Ltd', '1 message · 1 document'],
    // Named only in the memo: counted messages alone, it would read as never mentioned.
    ['thatcher', 'Margaret Thatcher', '0 messages · 1 document'],
  ])('%s: %s in %s', async (q, label, words) => {
    const hit = await entityHit(q, label);
    expect(hit.mentionedIn).toEqual(mentionedIn(label));
    expect(hit.snippet).toMatch(new RegExp(` · ${words}$`));
  });
});
