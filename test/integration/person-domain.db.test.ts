/**
 * Person.domain (issue 13), the host the explorer colours a person by (as its registered domain),
 * kept by the derive: a person who sends from two domains takes the one they send from most, after a
 * merge correction (the person is rebuilt) and after new mail from one of their addresses (the person
 * is clean: only its count page can move the domain), and V016 gives a graph derived before the same
 * answer. The mail is written here by hand, so the expected domains are counted from what this test
 * wrote.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { applyMigration } from '../../db/migrate.js';
import { ingest } from '../../ingest/pipeline.js';
import { recordCorrection } from '../../ingest/write/corrections.js';
import { deriveGraph } from '../../ingest/write/derive.js';
import { scalar, useTestDatabase, wipe } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { expectedPersonDomains, misplacedDomains } from '../support/person-domains.js';

const A = 'jane.roe@a-example.org';
const B = 'jroe@b-example.net';
const TO = 'bob.stone@c-example.com';

describe('Person.domain follows what a person sends (issue 13)', () => {
  const db = useTestDatabase();
  const root = mkdtempSync(join(tmpdir(), 'leakgraph-person-domain-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let written = 0;

  /** A folder of `count` messages from `from` to Bob, each with its own Message-ID and day. */
  function mails(folder: string, from: string, count: number): string {
    const dir = join(root, folder);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) {
      written++;
      const day = String(written).padStart(2, '0');
      const eml = mimeMessage(
        {
          from,
          to: `Bob Stone <${TO}>`,
          subject: `Quarterly numbers ${written}`,
          date: `Tue, ${day} Mar 2016 10:00:00 +0000`,
          messageId: `domain-test-${written}@leakgraph.test`,
        },
        `Bob, the figures for week ${written} are attached below.\n`,
        [],
      );
      writeFileSync(join(dir, `${written}.eml`), eml.replace(/\r?\n/g, '\r\n'));
    }
    return dir;
  }

  const personOf = (email: string) =>
    scalar<string>(db.driver(), 'MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.id', { email });
  const domainOf = (email: string) =>
    scalar<string>(db.driver(), 'MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.domain', { email });

  it(
    'takes the domain sent from most, after a merge and after new mail, and V016 agrees',
    { timeout: 120_000 },
    async () => {
      const d = db.driver();
      await wipe(d);
      // Run 1: two messages from B, one from A; the automatic rules keep the two domains apart.
      const first = await ingest(d, {
        paths: [mails('b', `Jane Roe <${B}>`, 2), mails('a', `Jane Roe <${A}>`, 1)],
        workers: 1,
        noEntities: true,
      });
      expect(first.failed).toBe(0);
      expect(await personOf(A)).not.toBe(await personOf(B));
      expect(await domainOf(A)).toBe('a-example.org');
      expect(await domainOf(B)).toBe('b-example.net');

      // The analyst merges them: the person is rebuilt, and sends from B most (2 to 1).
      await recordCorrection(d, 'merge', [A, B], 'same woman, two mailboxes');
      await deriveGraph(d);
      expect(await personOf(A)).toBe(await personOf(B));
      expect(await domainOf(A)).toBe('b-example.net');

      // Run 2: two more from A (3 to 2). The person's addresses did not change, so it is not rebuilt:
      // the count page of the new messages is what moves the domain.
      const second = await ingest(d, { paths: [mails('a-more', `Jane Roe <${A}>`, 2)], workers: 1, noEntities: true });
      expect(second.ingested).toBe(2);
      expect(second.derive?.counts).toEqual({ rebuiltPersons: 0, countedMessages: 2 });
      expect(await domainOf(A)).toBe('a-example.org');

      // Every person as the test's own ranking has it (Bob: his only address).
      const expected = await expectedPersonDomains(d);
      expect(expected.contested).toEqual([await personOf(A)]);
      expect(await misplacedDomains(d, expected)).toEqual([]);
      expect(await domainOf(TO)).toBe('c-example.com');

      // A graph derived before Person.domain existed: V016 finds the same.
      await d.executeQuery('MATCH (p:Person) REMOVE p.domain');
      await applyMigration(d, 'V016__person_domain');
      expect(await domainOf(A)).toBe('a-example.org');
      expect(await domainOf(TO)).toBe('c-example.com');
    },
  );
});
