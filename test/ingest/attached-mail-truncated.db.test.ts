/**
 * Issue 12, truncated mail inside mail, into the real Neo4j: a carrier forwarding a message whose own
 * multipart is never closed, and a carrier whose bytes end inside its forward (the file cut short).
 * Each cut forward is a Failure at its part (reason "truncated: …", lostMessage), not a partial
 * Message; its carrier is a Message and the part a Document at its HAS_ATTACHMENT.part. Counts come
 * from the independent MIME walk (raw-mime.ts via raw-headers.ts expectedGraph), not from the code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { useTestDatabase } from '../support/db.js';
import { type Headers, carrierMail, forwardedPart, plainMail, sha256, unclosedMail } from '../support/mail-carrier.js';
import { expectedGraph } from '../support/raw-headers.js';
import { attachedMails } from '../support/raw-mime.js';
import { tempDir } from './read/read-helpers.js';

const headers = (n: number, subject: string): Headers => ({
  from: `Person ${n} <person${n}@example.org>`,
  to: `Reader ${n} <reader${n}@example.net>`,
  subject,
  date: `Wed, ${String(n).padStart(2, '0')} Jun 2021 09:30:00 +0200`,
  messageId: `cut-${n}@example.org`,
});

// Written by hand (mail-carrier.ts): the "--inner--" line that would close it is left out.
const OPEN_INNER = unclosedMail(headers(1, 'Open inside'), ['The only part, cut after th']);

describe('truncated attached mail, ingested (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-attached-cut-');
  afterAll(() => tmp.remove());
  const dump = join(tmp.dir, 'dump');
  const whole = plainMail(headers(2, 'Whole forward'), 'Read to its end.');
  const longForward = plainMail(headers(3, 'Cut forward'), 'A long report. '.repeat(40));
  let paths: string[];
  let summary: IngestSummary;

  beforeAll(() => {
    mkdirSync(dump, { recursive: true });
    const openInside = carrierMail(headers(10, 'Carrier of an open forward'), 'Two forwards.', [
      forwardedPart(OPEN_INNER),
      forwardedPart(whole),
    ]);
    const full = carrierMail(headers(11, 'Carrier cut short'), 'Two forwards.', [
      forwardedPart(whole),
      forwardedPart(longForward),
    ]);
    // The file ends in the middle of the second forward's body: its carrier's boundary never closes.
    const cut = full.slice(0, full.indexOf('A long report.') + 200);
    paths = [join(dump, 'open-inside.eml'), join(dump, 'cut-short.eml')];
    writeFileSync(paths[0]!, openInside);
    writeFileSync(paths[1]!, cut);
    // The independent walk: one cut forward in each carrier, the other whole.
    expect(attachedMails(Buffer.from(openInside)).map((a) => a.cut)).toEqual([true, false]);
    expect(attachedMails(Buffer.from(cut)).map((a) => a.cut)).toEqual([false, true]);
  });

  it('counts each cut forward as a failure and reads the rest, as the raw MIME says', async () => {
    const expected = expectedGraph(paths);
    expect([expected.seen, expected.failed, expected.messages]).toEqual([6, 2, 3]);
    summary = await ingest(db.driver(), { paths: [dump], workers: 2, noEntities: true });
    expect(summary.seen).toBe(expected.seen);
    expect(summary.failed).toBe(expected.failed);
    expect(summary.ingested).toBe(expected.messages);
    const { records } = await db.driver().executeQuery('MATCH (m:Message) RETURN m.subject AS s ORDER BY s');
    expect(records.map((r) => r.get('s'))).toEqual([
      'Carrier cut short',
      'Carrier of an open forward',
      'Whole forward',
    ]);
  }, 240_000);

  it('records the Failure at the part, saying truncated and why', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (f:Failure {lostMessage: true}) RETURN f.path AS path, f.entries AS entries, f.error AS error
       ORDER BY path`,
    );
    expect(records.map((r) => [r.get('path'), r.get('entries')])).toEqual([
      [paths[1], ['/part 1 (message/rfc822)']],
      [paths[0], ['/part 0 (message/rfc822)']],
    ]);
    expect(records[0]!.get('error')).toMatch(/^truncated: the carrier is cut inside this part: .* is never closed/);
    expect(records[1]!.get('error')).toMatch(/^truncated: the attached mail is cut .*"inner" is never closed/);
  });

  it('keeps each cut forward a Document of its carrier, at its part', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d:Document)
       RETURN m.subject AS carrier, h.part AS part, d.sha256 AS sha256 ORDER BY carrier, part`,
    );
    const rows = records.map((r) => [r.get('carrier'), r.get('part'), r.get('sha256')]);
    expect(rows.filter((r) => r[0] === 'Carrier of an open forward')).toEqual([
      ['Carrier of an open forward', 0, sha256(OPEN_INNER)],
      ['Carrier of an open forward', 1, sha256(whole)],
    ]);
    expect(rows.filter((r) => r[0] === 'Carrier cut short').map((r) => r[1])).toEqual([0, 1]);
  });
});
