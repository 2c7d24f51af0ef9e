/**
 * Issue 13, ten new mails: an ingest small enough to want a warm entity worker sends it the
 * correspondents once the derive's persons are final — read beside the derive's first steps, then
 * only the persons the derive touched read again. What the worker got must be the list read whole
 * after the ingest: a second drop of Enron mail adds people and renames some the first drop knew.
 */
import { describe, expect, it } from 'vitest';

import type { Correspondent } from '../../ingest/extract/entities/types.js';
import { ingest } from '../../ingest/pipeline.js';
import { readCorrespondents } from '../../ingest/write/entities.js';
import type { EntityExtractor } from '../../ingest/workers/entity-extractor.js';
import { startEntityWorker } from '../../ingest/workers/entity-worker.js';
import { useTestDatabase } from '../support/db.js';
import { missingShared, sharedPath } from '../support/shared.js';

const SAMPLE = 'fixtures/enron-dev-sample/maildir';
const skip = missingShared(SAMPLE);

/** A real entity worker that keeps what it was configured with. */
function recordingWorker(): EntityExtractor & { sent: Correspondent[][] } {
  const inner = startEntityWorker();
  const sent: Correspondent[][] = [];
  return {
    sent,
    workers: inner.workers,
    configure: (patch) => {
      sent.push(patch.correspondents);
      inner.configure(patch);
    },
    map: (source) => inner.map(source),
    close: () => inner.close(),
  };
}

describe.skipIf(!!skip)('the correspondents a warm entity worker gets', () => {
  const db = useTestDatabase();
  const paths = (mailboxes: string[]) => mailboxes.map((m) => sharedPath(`${SAMPLE}/${m}`));

  it('are the persons as the derive left them', { timeout: 180_000 }, async () => {
    const first = await ingest(db.driver(), { paths: paths(['phanis-s', 'slinger-r']), workers: 1, noEntities: true });
    const known = await readCorrespondents(db.driver());
    expect(first.ingested).toBeGreaterThan(100);

    const worker = recordingWorker();
    const second = await ingest(db.driver(), { paths: paths(['south-s']), workers: 1, entityWorker: worker });
    expect(second.ingested).toBeGreaterThan(100);
    expect(second.entities?.messages).toBeGreaterThan(0);
    // Sent once (no mail in documents derives again), and exactly what a whole read gives now.
    expect(worker.sent).toHaveLength(1);
    const now = await readCorrespondents(db.driver());
    expect(worker.sent[0]).toEqual(now);
    // The drop changed the list: new people, and people the first drop knew by other names or addresses.
    const before = new Map(known.map((c) => [c.id, c]));
    expect(now.length).toBeGreaterThan(known.length);
    expect(now.some((c) => before.has(c.id) && JSON.stringify(before.get(c.id)) !== JSON.stringify(c))).toBe(true);
  });
});
