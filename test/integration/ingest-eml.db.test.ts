/**
 * Foundation slice (issue 2): a folder of .eml files into the real Neo4j, with exact counts
 * computed independently from the files' headers, and a second run that changes nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { demoMailboxDir } from '../../cli/demo-mailbox.js';
import { ingest } from '../../ingest/pipeline.js';
import { countNodes, countRels, scalar, useTestDatabase } from '../support/db.js';
import { expectedGraph } from '../support/raw-headers.js';
import { missingShared, sharedPath } from '../support/shared.js';

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.eml'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function graphCounts(driver: ReturnType<ReturnType<typeof useTestDatabase>['driver']>) {
  const labels = ['Message', 'Copy', 'Address', 'Document', 'Failure'];
  const types = ['SENT', 'TO', 'CC', 'BCC', 'OF', 'HAS_ATTACHMENT', 'WROTE_TO'];
  const out: Record<string, number> = {};
  for (const l of labels) out[l] = await countNodes(driver, l);
  for (const t of types) out[t] = await countRels(driver, t);
  return out;
}

const MIME = 'fixtures/mime';

describe.skipIf(missingShared(MIME))('ingest of the .eml fixtures under shared/fixtures/mime', () => {
  const db = useTestDatabase();
  const files = missingShared(MIME) ? [] : emlFiles(sharedPath(MIME));

  // The document pass reads the 366 attachments too: minutes on a loaded machine.
  it(
    'writes exactly the messages, addresses and edges the headers describe, attached mails included',
    { timeout: 600_000 },
    async () => {
      // The files and the mail attached to them (issue 12), found by an independent MIME walk (raw-mime.ts);
      // an attached "mail" that is not (an empty message/rfc822 part) is a failure, its carrier ingested.
      const expected = expectedGraph(files);
      expect(files.length).toBeGreaterThanOrEqual(16);
      expect(expected.seen).toBeGreaterThan(files.length);
      const summary = await ingest(db.driver(), { paths: files, workers: 2, noEntities: true });
      expect(summary.seen).toBe(expected.seen);
      expect(summary.failed).toBe(expected.failed);
      expect(summary.ingested).toBe(expected.messages);
      expect(summary.duplicates).toBe(expected.copies - expected.messages);

      const counts = await graphCounts(db.driver());
      expect(counts.Message).toBe(expected.messages);
      expect(counts.Copy).toBe(expected.copies);
      expect(counts.OF).toBe(expected.copies);
      // Lost messages only: the document pass records the documents it cannot read as Failures too.
      expect(await scalar(db.driver(), 'MATCH (f:Failure {lostMessage: true}) RETURN count(f)')).toBe(expected.failed);
      expect(counts.Address).toBe(expected.addresses.size);
      expect(counts.SENT).toBe(expected.sent);
      expect(counts.TO).toBe(expected.to);
      expect(counts.CC).toBe(expected.cc);
      expect(counts.BCC).toBe(expected.bcc);
      expect(counts.WROTE_TO).toBe(expected.pairs.size);
    },
  );

  it('changes nothing when the same files are ingested again', async () => {
    const before = await graphCounts(db.driver());
    const expected = expectedGraph(files);
    const summary = await ingest(db.driver(), { paths: files, workers: 0, noEntities: true });
    expect(summary.ingested).toBe(0);
    expect(summary.duplicates).toBe(expected.copies);
    expect(await graphCounts(db.driver())).toEqual(before);
  });
});

describe('ingest of the demo mailbox (demo/mailbox, shipped with the project)', () => {
  const db = useTestDatabase();
  const files = emlFiles(demoMailboxDir());

  it('writes exactly the messages, addresses and edges the headers describe, copies folded into one message', async () => {
    // Copies in several mailboxes differ in Received/Return-Path/Bcc lines, so they are grouped by content.
    const expected = expectedGraph(files, 'content');
    expect(files.length).toBeGreaterThan(expected.messages);
    const summary = await ingest(db.driver(), { paths: [demoMailboxDir()], workers: 2, noEntities: true });
    expect(summary).toMatchObject({
      seen: files.length,
      failed: 0,
      ingested: expected.messages,
      duplicates: files.length - expected.messages,
    });

    const counts = await graphCounts(db.driver());
    expect(counts.Message).toBe(expected.messages);
    expect(counts.Copy).toBe(files.length);
    expect(counts.Address).toBe(expected.addresses.size);
    expect(counts.SENT).toBe(expected.sent);
    expect(counts.TO).toBe(expected.to);
    expect(counts.CC).toBe(expected.cc);
    // Bcc is only in the sender's copy: it must survive the de-duplication.
    expect(counts.BCC).toBe(expected.bcc);
    expect(expected.bcc).toBeGreaterThan(0);
    expect(counts.WROTE_TO).toBe(expected.pairs.size);
  });

  it('changes nothing when ingested again', async () => {
    const before = await graphCounts(db.driver());
    const summary = await ingest(db.driver(), { paths: [demoMailboxDir()], workers: 0, noEntities: true });
    expect(summary.ingested).toBe(0);
    expect(await graphCounts(db.driver())).toEqual(before);
  });
});
