/**
 * Issue 14, the writer's guarantee: when Neo4j refuses a batch, the message it refuses is found by
 * halving the batch, recorded as a Failure (one per copy) with Neo4j's reason, and every other
 * message of the batch is written. The refusal here is Neo4j's own: a Message row whose indexed
 * subjectKey is 9 KB, written past the batch builder's bound, as the builder wrote every subject
 * before bounded keys existed.
 */
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildBatch } from '../../../ingest/batch/build-batch.js';
import { processMessage } from '../../../ingest/extract/process-message.js';
import type { ProcessedMessage } from '../../../ingest/model.js';
import { type BatchOutcome, GraphWriter } from '../../../ingest/write/graph-writer.js';
import { countNodes, scalar, useTestDatabase } from '../../support/db.js';

const MESSAGES = 9;
const REFUSED = 5; // the message Neo4j refuses; it has two copies in the batch

function eml(n: number): Buffer {
  return Buffer.from(
    `From: sender${n}@example.com\r\nTo: r${n % 3}@example.org\r\nSubject: message ${n}\r\n` +
      `Message-ID: <m${n}@example.com>\r\nDate: Mon, 3 Jun 2024 10:0${n}:00 +0200\r\n\r\nbody ${n}\r\n`,
  );
}

describe('a batch Neo4j refuses (issue 14)', () => {
  const db = useTestDatabase();
  let processed: ProcessedMessage[];
  let outcome: BatchOutcome;

  beforeAll(async () => {
    const raws = Array.from({ length: MESSAGES }, (_, i) => ({
      bytes: eml(i),
      source: { path: `/dump/inbox/${i}.eml`, entries: [], format: 'eml' as const, mailbox: 'inbox' },
    }));
    raws.push({ ...raws[REFUSED]!, source: { ...raws[REFUSED]!.source, path: `/dump/sent/${REFUSED}.eml` } });
    processed = await Promise.all(raws.map((raw) => processMessage(raw)));
    const batch = buildBatch(processed, [], [], 'read');
    const row = batch.messages.find((m) => m.id === processed[REFUSED]!.id)!;
    row.props = { ...row.props, subjectKey: 'x'.repeat(9_000) };
    outcome = await new GraphWriter(db.driver()).writeBatch(batch, 'test-issue-14-refused');
  });

  it('writes every other message of the batch, with its copies and edges', async () => {
    const ids = processed.map((p) => p.id).filter((id) => id !== processed[REFUSED]!.id);
    expect(await countNodes(db.driver(), 'Message')).toBe(MESSAGES - 1);
    expect(await scalar(db.driver(), 'MATCH (m:Message) WHERE m.id IN $ids RETURN count(m)', { ids })).toBe(
      MESSAGES - 1,
    );
    expect(await scalar(db.driver(), 'MATCH (:Address)-[:SENT]->(m:Message) RETURN count(m)')).toBe(MESSAGES - 1);
    expect(await countNodes(db.driver(), 'Copy')).toBe(MESSAGES - 1);
    expect(outcome.created).toBe(MESSAGES - 1);
  });

  it('records the refused message as a Failure per copy, with Neo4j reason', async () => {
    expect(outcome.refused.map((i) => i.source.path).sort()).toEqual([
      `/dump/inbox/${REFUSED}.eml`,
      `/dump/sent/${REFUSED}.eml`,
    ]);
    const { records } = await db
      .driver()
      .executeQuery(
        "MATCH (f:Failure {stage: 'write'}) RETURN f.path AS path, f.error AS error, f.lostMessage AS lost ORDER BY path",
        {},
        { routing: neo4j.routing.READ },
      );
    expect(records.map((r) => r.get('path'))).toEqual([`/dump/inbox/${REFUSED}.eml`, `/dump/sent/${REFUSED}.eml`]);
    for (const r of records) {
      expect(r.get('lost')).toBe(true);
      expect(r.get('error')).toMatch(/^Neo4j refused to store this message: Property value is too large to index/);
    }
    expect(
      await scalar(db.driver(), 'MATCH (m:Message {id: $id}) RETURN count(m)', { id: processed[REFUSED]!.id }),
    ).toBe(0);
  });
});
