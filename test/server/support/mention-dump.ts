/**
 * A small dump whose names are chosen by hand (issue 12: what documents mention): a DOCX memo written
 * here, attached to one mail, and two mails whose bodies name some of the memo's names again, ingested
 * by the real pipeline with the document and entity passes into the test Neo4j. Which names each text
 * holds is read off the texts below by hand (MEMO_NAMES, BODY_NAMES), never from the code under test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';

import { ingest } from '../../../ingest/pipeline.js';
import { useTestDatabase } from '../../support/db.js';
import { type MimeHeaders, mimeMessage } from '../../support/mime-message.js';
import { buildDocx } from '../../ingest/extract/documents/build-documents.js';
import { tempDir } from '../../ingest/read/read-helpers.js';
import { personIdOf } from './document-dump.js';

/** The memo's text: three names of no correspondent, and two correspondents by the names their mails give them. */
export const MEMO =
  'Margaret Thatcher asked Bob Stone and Alice Walker to send the contract of Northwind Traders Ltd to Rotterdam. Bob Stone signed it.';

/** By hand: the memo's names, their entity type, how often it writes each, and the correspondent's address for persons. */
export const MEMO_NAMES = [
  { name: 'Bob Stone', type: 'PER', count: 2, email: 'bob.stone@example.org' },
  { name: 'Alice Walker', type: 'PER', count: 1, email: 'alice.walker@example.org' },
  { name: 'Margaret Thatcher', type: 'PER', count: 1, email: null },
  { name: 'Northwind Traders Ltd', type: 'ORG', count: 1, email: null },
  { name: 'Rotterdam', type: 'LOC', count: 1, email: null },
] as const;

export interface MentionMessage {
  file: string;
  headers: MimeHeaders;
  body: string;
  /** By hand: the entities (not correspondents) the body names. */
  names: string[];
  memo: boolean;
}

const ALICE = 'Alice Walker <alice.walker@example.org>';
const BOB = 'Bob Stone <bob.stone@example.org>';

export const MENTION_MESSAGES: MentionMessage[] = [
  {
    file: 'alice/sent_items/1.',
    headers: { from: ALICE, to: BOB, subject: 'papers', date: 'Mon, 2 Jan 2001 10:00:00 +0000', messageId: 'm-1@x' },
    body: 'See attached.',
    names: [],
    memo: true,
  },
  {
    file: 'bob/sent_items/1.',
    headers: { from: BOB, to: ALICE, subject: 'trip', date: 'Tue, 3 Jan 2001 10:00:00 +0000', messageId: 'm-2@x' },
    body: 'I fly to Rotterdam on Monday to meet the lawyers of Northwind Traders Ltd about the contract.',
    names: ['Rotterdam', 'Northwind Traders Ltd'],
    memo: false,
  },
  {
    file: 'bob/sent_items/2.',
    headers: { from: BOB, to: ALICE, subject: 'back', date: 'Fri, 6 Jan 2001 10:00:00 +0000', messageId: 'm-3@x' },
    body: 'The weather in Rotterdam was grey all week.',
    names: ['Rotterdam'],
    memo: false,
  },
];

/** Messages whose body names `name`, and documents (the memo) that name it, counted off the texts above. */
export function mentionedIn(name: string): { messages: number; documents: number } {
  return {
    messages: MENTION_MESSAGES.filter((m) => m.names.includes(name)).length,
    documents: MEMO_NAMES.some((n) => n.name === name) ? 1 : 0,
  };
}

export interface MentionGraph {
  driver(): Driver;
  /** The memo's SHA-256, hashed here from the bytes written. */
  memoSha(): string;
  /** Person.id of the person using this address. */
  personOf(email: string): Promise<string>;
}

/** In a describe block: wipes the test graph, writes and ingests the dump (documents and names read) once. */
export function useMentionGraph(): MentionGraph {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-mention-dump-');
  let memoSha = '';
  beforeAll(async () => {
    const root = join(tmp.dir, 'dump', 'maildir');
    const memo = await buildDocx({ body: MEMO });
    memoSha = createHash('sha256').update(memo).digest('hex');
    for (const m of MENTION_MESSAGES) {
      const path = join(root, m.file);
      mkdirSync(join(path, '..'), { recursive: true });
      const parts = m.memo ? [{ name: 'memo.docx', type: 'application/octet-stream', bytes: memo }] : [];
      writeFileSync(path, mimeMessage(m.headers, m.body, parts));
    }
    const summary = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2 });
    if (summary.ingested !== MENTION_MESSAGES.length || summary.entities?.documents !== 1)
      throw new Error(`the mention dump did not ingest as written: ${JSON.stringify(summary.entities)}`);
    await db.driver().executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  }, 300_000);
  afterAll(() => tmp.remove());
  return { driver: () => db.driver(), memoSha: () => memoSha, personOf: (email) => personIdOf(db.driver(), email) };
}
