/**
 * Issue 12, what documents mention in the search, on the real test Neo4j: an entity hit counts the
 * messages and the documents that name it, and says which. The dump (support/mention-dump.ts) is a
 * memo and two mails whose names were read off their texts by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SearchResponse } from '../../contract/index.js';
import { ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import { tempDir } from '../ingest/read/read-helpers.js';
import { mimeMessage } from '../support/mime-message.js';
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

  const later = tempDir('mention-later');
  afterAll(() => later.remove());

  it('counts the mail of a later drop once its entity pass is done, and counts live what a pass left unfinished', async () => {
    // A second drop: one more mail naming Rotterdam (by hand: the place, nothing else but the correspondents).
    const path = join(later.dir, 'maildir', 'alice', 'sent_items', '2.');
    mkdirSync(join(path, '..'), { recursive: true });
    const headers = { from: 'Alice Walker <alice.walker@example.org>', to: 'Bob Stone <bob.stone@example.org>' };
    const more = { ...headers, subject: 'port', date: 'Mon, 9 Jan 2001 10:00:00 +0000', messageId: 'm-4@x' };
    writeFileSync(path, mimeMessage(more, 'Rotterdam again next week.', []));
    const summary = await ingest(g.driver(), { paths: [later.dir], workers: 2 });
    expect([summary.ingested, summary.entities?.messages]).toEqual([1, 1]);
    const rotterdam = { messages: mentionedIn('Rotterdam').messages + 1, documents: 1 };
    expect((await entityHit('rotterdam', 'Rotterdam')).mentionedIn).toEqual(rotterdam);
    // A pass that wrote its mentions and stopped before counting (the entity still marked) shows no stale count.
    await g.driver().executeQuery("MATCH (e:Entity {key: 'LOC:rotterdam'}) SET e.messages = 0, e.dirty = true");
    expect((await entityHit('rotterdam', 'Rotterdam')).mentionedIn).toEqual(rotterdam);
  });
});
