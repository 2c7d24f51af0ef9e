/**
 * Issue 7 on the real test Neo4j: the linux-man list (500 messages) and two copies of one iCloud
 * message (the original and its body-tampered variant, same Message-ID) go through the real parse,
 * batch and write path; the DKIM and signal rows are written; the corpus passes run. Checked:
 * signatures, keys with their source, copy and message status, and each signal against an
 * independent computation over the same messages (plus hand-checked anchors).
 */
import { readFileSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';

import { loadCypher } from '../../../../db/cypher.js';
import { buildBatch } from '../../../../ingest/batch/build-batch.js';
import { type CopyVerification, checkCopy } from '../../../../ingest/extract/dkim/check-copy.js';
import { loadKeyStore } from '../../../../ingest/extract/dkim/key-store.js';
import { buildDkimRows } from '../../../../ingest/extract/dkim/rows.js';
import { writeDkimRows } from '../../../../ingest/write/dkim.js';
import { processMessage } from '../../../../ingest/extract/process-message.js';
import { buildSignalRows } from '../../../../ingest/extract/signals/rows.js';
import { DEFAULT_PROFILE_THRESHOLDS, deriveVerification, writeSignalRows } from '../../../../ingest/write/signals.js';
import type { ProcessedMessage, RawMessage } from '../../../../ingest/model.js';
import { GraphWriter } from '../../../../ingest/write/graph-writer.js';
import { scalar, useTestDatabase } from '../../../support/db.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { type DnsTrap, trapDns } from './dns-trap.js';
import { DKIM_DIR, LINUX_MAN, splitMboxrd } from './fixtures.js';

const skip = missingShared(LINUX_MAN) ?? missingShared(DKIM_DIR);
const ZK = `${DKIM_DIR}/zk-email-verify/packages/helpers/tests/test-data`;

interface Item {
  raw: RawMessage;
  processed: ProcessedMessage;
  check: CopyVerification;
}

/** Messages flagged by the "rare for this sender" rule, computed in plain TS over distinct messages. */
function rareBySender(items: Item[], value: (i: Item) => string | undefined): Set<string> {
  const bySender = new Map<string, Map<string, Set<string>>>();
  const seen = new Set<string>();
  for (const item of items) {
    const from = item.processed.parsed.from?.email;
    const v = value(item);
    if (!from || v === undefined || seen.has(item.processed.id)) continue;
    seen.add(item.processed.id);
    const groups = bySender.get(from) ?? new Map<string, Set<string>>();
    bySender.set(from, groups);
    groups.set(v, (groups.get(v) ?? new Set()).add(item.processed.id));
  }
  const flagged = new Set<string>();
  for (const groups of bySender.values()) {
    const total = [...groups.values()].reduce((n, g) => n + g.size, 0);
    if (total < DEFAULT_PROFILE_THRESHOLDS.minMessages) continue;
    for (const ids of groups.values())
      if (ids.size / total < DEFAULT_PROFILE_THRESHOLDS.maxShare) for (const id of ids) flagged.add(id);
  }
  return flagged;
}

describe.skipIf(!!skip)('DKIM and signals in the graph (issue 7)', () => {
  const db = useTestDatabase();
  const items: Item[] = [];
  let dns: DnsTrap;

  const flagged = async (kind: string): Promise<Set<string>> => {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (m:Message)-[:FLAGGED]->(:Signal {kind: $kind}) RETURN m.id AS id', { kind });
    return new Set(records.map((r) => r.get('id') as string));
  };
  const byPosition = (n: number) => items[n - 1]!.processed.id;

  beforeAll(async () => {
    dns = trapDns();
    try {
      const keys = await loadKeyStore([sharedPath(`${DKIM_DIR}/keys/dns-txt.json`)]);
      const mbox = sharedPath(LINUX_MAN);
      const raws: RawMessage[] = splitMboxrd(readFileSync(mbox)).map((m, i) => ({
        bytes: m.bytes,
        source: {
          path: mbox,
          entries: [],
          format: 'mbox',
          offset: m.offset,
          length: m.bytes.length,
          position: String(i + 1),
        },
      }));
      for (const name of ['email-good.eml', 'email-body-tampered.eml']) {
        const path = sharedPath(`${ZK}/${name}`);
        raws.push({ bytes: readFileSync(path), source: { path, entries: [], format: 'eml' } });
      }
      for (const raw of raws) {
        const processed = await processMessage(raw);
        items.push({ raw, processed, check: await checkCopy(raw.bytes, processed.parsed, { keys }) });
      }
    } finally {
      dns.restore();
    }
    const driver = db.driver();
    await new GraphWriter(driver).writeBatch(
      buildBatch(
        items.map((i) => i.processed),
        [],
        [],
        'read',
      ),
      'test-issue-7',
    );
    // derive: true — the messages the batch marked pending and no derive has claimed.
    await driver.executeQuery(loadCypher('write/link-conflicts'), { derive: true });
    const write = async () => {
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          await writeDkimRows(
            tx,
            buildDkimRows(items.map((i) => ({ copyKey: i.processed.copyKey, dkim: i.check.dkim }))),
          );
          await writeSignalRows(
            tx,
            buildSignalRows(items.map((i) => ({ message: i.processed.id, signals: i.check.signals }))),
          );
        });
      } finally {
        await session.close();
      }
      await deriveVerification(driver);
    };
    await write();
    expect(dns.calls).toEqual([]);
  });

  it('stores every signature on its copy, and each key once with where it came from', async () => {
    const expected = items.reduce((n, i) => n + i.check.dkim.signatures.length, 0);
    expect(await scalar(db.driver(), 'MATCH (:Copy)-[:HAS_SIGNATURE]->(s:Signature) RETURN count(s)')).toBe(expected);
    const { records } = await db
      .driver()
      .executeQuery('MATCH (k:DkimKey) RETURN k.name AS name, k.sources AS sources ORDER BY name');
    const json = sharedPath(`${DKIM_DIR}/keys/dns-txt.json`);
    expect(records.map((r) => [r.get('name'), r.get('sources')])).toEqual([
      ['1a1hai._domainkey.icloud.com', [`${json}#1a1hai._domainkey.icloud.com`]],
      ['20161025._domainkey.gmail.com', [`${json}#20161025._domainkey.gmail.com`]],
    ]);
    // Message 38: vger rewrote the signed Sender header (see linux-man.test.ts).
    const { records: sig } = await db
      .driver()
      .executeQuery(
        'MATCH (c:Copy {position: "38"})-[:HAS_SIGNATURE]->(s:Signature)-[:USED_KEY]->(k:DkimKey) RETURN s.result AS result, s.bodyHashOk AS bodyHashOk, s.keySource AS source, "sender" IN s.headers AS signsSender',
      );
    expect(sig.map((r) => r.toObject())).toEqual([
      { result: 'fail', bodyHashOk: true, source: `${json}#20161025._domainkey.gmail.com`, signsSender: true },
    ]);
  });

  it('sets each copy status from its own verification, and Message.status from its copies', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (c:Copy)-[:OF]->(m:Message) RETURN c.key AS copy, c.dkimStatus AS status, m.id AS message, m.status AS messageStatus',
      );
    const got = new Map(records.map((r) => [r.get('copy') as string, r.toObject()]));
    expect(got.size).toBe(items.length);
    for (const item of items) {
      const row = got.get(item.processed.copyKey)!;
      expect(row.status).toBe(item.check.dkim.status);
      const copies = items.filter((i) => i.processed.id === item.processed.id).map((i) => i.check.dkim.status);
      const conflict = item.raw.source.format === 'eml'; // the two iCloud copies share a Message-ID
      const expected = copies.includes('verified')
        ? 'verified'
        : copies.includes('contradicted') || conflict
          ? 'contradicted'
          : 'unverifiable';
      expect(row.messageStatus, `copy ${item.raw.source.position ?? item.raw.source.path}`).toBe(expected);
    }
    const good = items.at(-2)!.processed.id;
    const tampered = items.at(-1)!.processed.id;
    expect(await scalar(db.driver(), 'MATCH (m:Message {id: $id}) RETURN m.status', { id: good })).toBe('verified');
    expect(await scalar(db.driver(), 'MATCH (m:Message {id: $id}) RETURN m.status', { id: tampered })).toBe(
      'contradicted',
    );
  });

  it('flags the conflicting copies, and the tampered one as body-altered against the signed original', async () => {
    const good = items.at(-2)!;
    const tampered = items.at(-1)!;
    expect(await flagged('conflict')).toEqual(new Set([good.processed.id, tampered.processed.id]));
    expect(await flagged('body-altered')).toEqual(new Set([tampered.processed.id]));
    const note = await scalar<string>(
      db.driver(),
      'MATCH (:Message {id: $id})-[f:FLAGGED]->(:Signal {kind: "body-altered"}) RETURN f.note',
      { id: tampered.processed.id },
    );
    expect(note).toContain(good.raw.source.path);
  });

  it('flags unusual mail clients exactly as the per-sender rule computed here, including Andy Lutomirski’s one Thunderbird message', async () => {
    const expected = rareBySender(items, (i) => i.check.signals.client ?? '(none)');
    expect(await flagged('unusual-client')).toEqual(expected);
    const luto = items.filter(
      (i) => i.processed.parsed.from?.email === 'luto@kernel.org' && i.check.signals.client === 'Thunderbird',
    );
    expect(luto).toHaveLength(1);
    expect(expected.has(luto[0]!.processed.id)).toBe(true);
  });

  it('flags unusual clock offsets exactly as the per-sender rule computed here, including Michael Kerrisk’s −06:00 and −07:00 messages', async () => {
    const expected = rareBySender(items, (i) =>
      i.processed.parsed.date ? String(i.processed.parsed.date.offsetMinutes) : undefined,
    );
    expect(await flagged('unusual-timezone')).toEqual(expected);
    const trip = items.filter(
      (i) =>
        i.processed.parsed.from?.email === 'mtk.manpages@gmail.com' &&
        [-360, -420].includes(i.processed.parsed.date?.offsetMinutes ?? 0),
    );
    expect(trip).toHaveLength(2);
    for (const t of trip) expect(expected.has(t.processed.id)).toBe(true);
  });

  it('keeps per-message Date signals and drops Message-ID candidates the sender habitually makes', async () => {
    const dated = new Set(
      items
        .filter((i) => i.check.signals.signals.some((s) => s.kind === 'date-after-received'))
        .map((i) => i.processed.id),
    );
    expect(await flagged('date-after-received')).toEqual(dated);
    expect(dated.has(byPosition(1))).toBe(true);
    // Eric Biederman names Message-IDs after his own machine (…@x220.int.ebiederm.org) on all 7 of his messages.
    const candidates = items.filter((i) => i.check.signals.signals.some((s) => s.kind === 'message-id-domain'));
    const ebiederm = candidates.filter((i) => i.check.signals.messageIdDomain === 'ebiederm.org');
    expect(ebiederm).toHaveLength(7);
    const got = await flagged('message-id-domain');
    for (const e of ebiederm) expect(got.has(e.processed.id)).toBe(false);
    expect(got.size).toBe(candidates.length - ebiederm.length);
  });

  it('writing and deriving again changes nothing', async () => {
    const count = () => scalar(db.driver(), 'MATCH ()-[f:FLAGGED|HAS_SIGNATURE|USED_KEY]->() RETURN count(f)');
    const before = await count();
    const session = db.driver().session();
    try {
      await session.executeWrite((tx) =>
        writeDkimRows(tx, buildDkimRows(items.map((i) => ({ copyKey: i.processed.copyKey, dkim: i.check.dkim })))),
      );
    } finally {
      await session.close();
    }
    await deriveVerification(db.driver());
    expect(await count()).toBe(before);
    expect(await scalar(db.driver(), 'MATCH (k:DkimKey) RETURN sum(size(k.sources))')).toBe(2);
  });
});
