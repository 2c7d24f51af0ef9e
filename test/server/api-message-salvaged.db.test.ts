/**
 * A message the ingest could read only with its headers cut (ingest/parse/salvage.ts: a header line over
 * mailparser's 1 MiB bound) has an HTML body: the message view cannot render it from the original
 * bytes, which mailparser refuses whole, and says so in sourceProblem; the headers and text the graph
 * holds are still given (they were a 500 before). The premise, that mailparser refuses those bytes, is
 * checked against mailparser itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { MessageDetail } from '../../contract/index.js';
import { MAILPARSER_OPTIONS } from '../../ingest/parse/parse-message.js';
import { ingest } from '../../ingest/pipeline.js';
import { createApp } from '../../server/app.js';
import { rows } from './support/ingested-graph.js';
import { useTestDatabase } from '../support/db.js';

const HOSTILE = Buffer.from(
  [
    'From: Ann Sender <ann@example.org>',
    'To: bob@example.org',
    'Subject: salvaged html',
    'Message-ID: <salvaged-html@example.org>',
    `X-Padding: ${'x'.repeat(2 * 1024 * 1024)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Hello <b>Bob</b>, the figures are attached.</p>',
    '',
  ].join('\r\n'),
);

describe('the message view of a message read with its headers cut', () => {
  const db = useTestDatabase();
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leakgraph-salvaged-'));
    writeFileSync(join(dir, 'salvaged.eml'), HOSTILE);
    const summary = await ingest(db.driver(), { paths: [dir], workers: 1, noEntities: true });
    expect([summary.ingested, summary.failed]).toEqual([1, 0]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the headers and text, and says why the HTML is not shown', async () => {
    await expect(simpleParser(HOSTILE)).rejects.toThrow('Max header size for a MIME node exceeded');
    const [m] = (await rows<{ id: string }>(
      db.driver(),
      "MATCH (m:Message {messageId: 'salvaged-html@example.org'}) RETURN m.id AS id",
    )) as [{ id: string }];
    const body = (
      await request(createApp({ driver: db.driver() }))
        .get(`/api/messages/${m.id}`)
        .expect(200)
    ).body as MessageDetail;
    expect(body.subject).toBe('salvaged html');
    expect(body.from?.email).toBe('ann@example.org');
    // The text is what mailparser reads of the same message without the endless line.
    const plain = await simpleParser(
      Buffer.from(HOSTILE.toString('latin1').replace(/^X-Padding: x+\r\n/m, ''), 'latin1'),
      MAILPARSER_OPTIONS,
    );
    expect(body.text).toBe(plain.text);
    expect(body.text).toContain('the figures are attached');
    expect(body.html).toBeNull();
    expect(body.sourceProblem).toBe(
      'its HTML cannot be shown: mailparser cannot read the original (Max header size for a MIME node exceeded)',
    );
  });
});
