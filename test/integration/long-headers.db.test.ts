/**
 * Issue 14: one message must never stop a run. A real list archive stopped at a patch mail whose
 * Subject was 8.6 KB ("Property value is too large to index … message_subject_key"), at the same
 * place on every rerun. Here a 9 KB Subject, a 9 KB Message-ID, replies that name them (by
 * In-Reply-To, by subject) and a 9 KB DKIM d= domain are ingested with the rest of their batch,
 * nothing lost, the whole values kept where the analyst reads them, threads still linked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_INDEX_KEY_BYTES } from '../../db/index-key.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { countNodes, scalar, useTestDatabase } from '../support/db.js';

// Like the real one: a patch series touching hundreds of man pages, listed in the Subject.
const LONG_SUBJECT = `[PATCH] ${Array.from({ length: 600 }, (_, i) => `man${(i % 8) + 1}/page-${i}.${(i % 8) + 1}`).join(', ')}`;
const LONG_ID = `${'p'.repeat(9_000)}@lists.example.org`;
const LONG_DOMAIN = `${'d'.repeat(9_000)}.example`;

function mail(n: number, headers: string[], from = `person${n}@example.org`): string {
  return [
    `From: ${from}`,
    `To: list@lists.example.org`,
    `Date: Tue, 4 Jun 2024 1${n % 10}:00:00 +0000`,
    ...headers,
    '',
    `body ${n}`,
    '',
  ].join('\r\n');
}

const FILES: Record<string, string> = {
  '01.eml': mail(1, ['Subject: an ordinary message', 'Message-ID: <one@example.org>']),
  '02.eml': mail(2, [`Subject: ${LONG_SUBJECT}`, 'Message-ID: <long-subject@example.org>']),
  '03.eml': mail(3, ['Subject: a long Message-ID', `Message-ID: <${LONG_ID}>`]),
  '04.eml': mail(4, [
    'Subject: Re: a long Message-ID',
    'Message-ID: <reply-by-id@example.org>',
    `In-Reply-To: <${LONG_ID}>`,
  ]),
  // No In-Reply-To: threaded by its subject, which is as long as the original's (its author follows up).
  '05.eml': mail(
    5,
    [`Subject: Re: ${LONG_SUBJECT}`, 'Message-ID: <reply-by-subject@example.org>'],
    'person2@example.org',
  ),
  '06.eml': mail(6, [
    'Subject: a long DKIM domain',
    'Message-ID: <dkim@example.org>',
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${LONG_DOMAIN}; s=sel; h=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==`,
  ]),
  '07.eml': mail(7, ['Subject: another ordinary message', 'Message-ID: <seven@example.org>']),
};

describe('a 9 KB Subject, Message-ID and DKIM domain in one batch (issue 14)', () => {
  const db = useTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'leakgraph-long-headers-'));
  let summary: IngestSummary;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    summary = await ingest(db.driver(), { paths: [dir], workers: 0, noEntities: true });
  });

  it('ingests every message of the batch, none failed', async () => {
    const n = Object.keys(FILES).length;
    expect(summary).toMatchObject({ seen: n, ingested: n, duplicates: 0, failed: 0 });
    expect(await countNodes(db.driver(), 'Message')).toBe(n);
    expect(await countNodes(db.driver(), 'Failure')).toBe(0);
  });

  it('keeps the whole Subject and Message-ID where the analyst reads them', async () => {
    expect(
      await scalar(db.driver(), "MATCH (m:Message {messageId: 'long-subject@example.org'}) RETURN m.subject"),
    ).toBe(LONG_SUBJECT);
    expect(await scalar(db.driver(), "MATCH (m:Message {subject: 'a long Message-ID'}) RETURN m.messageId")).toBe(
      LONG_ID,
    );
  });

  it('bounds every indexed value', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (c:Copy) RETURN max(size(c.messageId)) AS copyId
       UNION ALL MATCH (m:Message) RETURN max(size(m.subjectKey)) AS copyId
       UNION ALL MATCH (s:Signature) RETURN max(size(s.domain)) AS copyId`,
      {},
      { routing: neo4j.routing.READ },
    );
    const longest = records.map((r) => Number(r.get('copyId')));
    // Characters here are ASCII, one byte each; the key of a long value is at most 36 bytes over the bound.
    expect(longest).toHaveLength(3);
    for (const size of longest) expect(size).toBeLessThanOrEqual(MAX_INDEX_KEY_BYTES + 36);
    expect(longest[0]).toBeGreaterThan(MAX_INDEX_KEY_BYTES); // the long Message-ID, keyed
    expect(longest[1]).toBeGreaterThan(MAX_INDEX_KEY_BYTES); // the long subject, keyed
    expect(longest[2]).toBeGreaterThan(0); // the DKIM signature was stored
  });

  it('still threads the replies: by In-Reply-To to the long Message-ID, by subject to the long Subject', async () => {
    const parent = (id: string) =>
      scalar<string>(db.driver(), 'MATCH (:Message {messageId: $id})-[:REPLY_TO]->(p:Message) RETURN p.messageId', {
        id,
      });
    expect(await parent('reply-by-id@example.org')).toBe(LONG_ID);
    expect(await parent('reply-by-subject@example.org')).toBe('long-subject@example.org');
  });
});
