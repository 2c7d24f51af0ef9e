/**
 * Issue 12: "the same file name with different hashes across copies" counts the files found inside
 * archive documents by their entry's base name, like an attachment's file name, and says where each
 * copy was found. On the real test Neo4j: a text file mailed as rapport-final.txt, another content
 * under q3/rapport-final.txt in a zip (written by Info-ZIP) mailed later, a third version mailed in a
 * second ingest. Facts checked by hand: which contents share a name, which message and part (0-based
 * among the message's attachments, as HAS_ATTACHMENT.part counts) or archive entry holds each.
 * The same-name lookup's plan is read from Neo4j (EXPLAIN): index seeks only, no scan of the graph.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCypher } from '../../db/cypher.js';
import { applyMigration } from '../../db/migrate.js';
import { ingest } from '../../ingest/pipeline.js';
import { useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { onPath, skipUnless } from '../support/optional.js';
import { tempDir } from './read/read-helpers.js';

const skip = skipUnless(!!onPath('zip'), 'Info-ZIP zip is not installed', 'apt-get install zip');

const NAME = 'rapport-final.txt';
const A = Buffer.from('Rapport final, version envoyée par Alice le 2 mars.\n');
const B = Buffer.from('Rapport final, version rangée dans papers.zip, chiffres corrigés.\n');
const C = Buffer.from('Notes de la réunion du 3 mars.\n');
const D = Buffer.from('Rapport final, troisième version, envoyée par Carol.\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface SameName {
  name: string[];
  otherVersions: number;
  otherSha256: string[];
  copies: { sha256: string; foundIn: string[] }[];
}

describe.skipIf(!!skip)('same name, other contents: archive entries count as file names (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-archive-names-');
  afterAll(() => tmp.remove());
  const part = (n: number) => join(tmp.dir, `part${n}`, 'maildir');
  let zip: Buffer;
  const archive = () => `entry "q3/${NAME}" of archive papers.zip (${sha(zip).slice(0, 16)}…)`;

  const mail = (dir: string, n: number, from: string, to: string, attachments: Parameters<typeof mimeMessage>[2]) => {
    mkdirSync(join(dir, from, 'sent'), { recursive: true });
    const headers = {
      from: `${from}@example.org`,
      to: `${to}@example.org`,
      subject: `message ${n}`,
      date: `Mon, ${n + 1} Mar 2021 10:00:00 +0000`,
      messageId: `m${n}@example.org`,
    };
    writeFileSync(join(dir, from, 'sent', `${n}.`), mimeMessage(headers, 'Ci-joint.', attachments));
  };

  beforeAll(() => {
    const work = join(tmp.dir, 'papers');
    mkdirSync(join(work, 'q3'), { recursive: true });
    writeFileSync(join(work, 'q3', NAME), B);
    writeFileSync(join(work, 'q3', 'notes-reunion.txt'), C);
    execFileSync('zip', ['-q', '-D', join(tmp.dir, 'papers.zip'), `q3/${NAME}`, 'q3/notes-reunion.txt'], { cwd: work });
    zip = readFileSync(join(tmp.dir, 'papers.zip'));
    const text = (bytes: Buffer, name = NAME) => ({ name, type: 'text/plain', bytes });
    mail(part(1), 1, 'alice', 'bob', [text(A)]);
    // The zip is the second attachment of m2 (part 1), after an unrelated note.
    mail(part(1), 2, 'bob', 'carol', [
      text(Buffer.from('Le bordereau.\n'), 'bordereau-envoi.txt'),
      { name: 'papers.zip', type: 'application/zip', bytes: zip },
    ]);
    mail(part(2), 3, 'carol', 'alice', [text(D)]);
  });

  async function sameName(bytes: Buffer): Promise<SameName | undefined> {
    const { records } = await db
      .driver()
      .executeQuery('MATCH (d:Document {sha256: $sha}) RETURN d.anomaliesJson AS json, d.signalsPending AS pending', {
        sha: sha(bytes),
      });
    expect(records).toHaveLength(1);
    expect(records[0]!.get('pending')).toBeNull();
    const list = JSON.parse(records[0]!.get('json') as string) as { kind: string; evidence: SameName }[];
    return list.find((a) => a.kind === 'same-name-different-hash')?.evidence;
  }

  it('flags the attachment and the archive entry of one name, each copy with where it was found', async () => {
    await ingest(db.driver(), { paths: [part(1)], workers: 2, noEntities: true });
    const atA = ['attachment 0 of message <m1@example.org>'];
    expect(await sameName(A)).toEqual({
      name: [NAME],
      otherVersions: 1,
      otherSha256: [sha(B)],
      copies: [
        { sha256: sha(A), foundIn: atA },
        { sha256: sha(B), foundIn: [archive()] },
      ],
    });
    expect(await sameName(B)).toEqual({
      name: [NAME],
      otherVersions: 1,
      otherSha256: [sha(A)],
      copies: [
        { sha256: sha(B), foundIn: [archive()] },
        { sha256: sha(A), foundIn: atA },
      ],
    });
    // Names found once: nothing to compare.
    expect(await sameName(C)).toBeUndefined();
    expect(await sameName(zip)).toBeUndefined();
  }, 120_000);

  it('a third version mailed later reaches the archive entry through the name alone (incremental)', async () => {
    await ingest(db.driver(), { paths: [part(2)], workers: 2, noEntities: true });
    const others = (x: Buffer) =>
      [A, B, D]
        .filter((y) => y !== x)
        .map(sha)
        .sort();
    for (const x of [A, B, D]) {
      const evidence = (await sameName(x))!;
      expect(evidence.otherVersions).toBe(2);
      expect(evidence.otherSha256).toEqual(others(x));
      expect(evidence.copies.map((c) => c.sha256)).toEqual([sha(x), ...others(x)]);
    }
    const atD = (await sameName(B))!.copies.find((c) => c.sha256 === sha(D))!;
    expect(atD.foundIn).toEqual(['attachment 0 of message <m3@example.org>']);
  }, 120_000);

  it('finds the copies of a name by relationship index seeks only (EXPLAIN)', async () => {
    const { summary } = await db
      .driver()
      .executeQuery(`EXPLAIN ${loadCypher('read/document-signals-same-name')}`, { names: [NAME] });
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.split('@')[0]!);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(summary.plan as unknown as { operatorType: string; children: unknown[] });
    // One seek per place kind: attachment, loose file, archive entry.
    expect(operators.filter((o) => /RelationshipIndexSeek$/.test(o))).toHaveLength(3);
    expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
  });

  it('V015 names the archive entries of a graph read before, from the entry label, and marks their files', async () => {
    const driver = db.driver();
    await driver.executeQuery('MATCH (:Document)-[x:CONTAINS]->() REMOVE x.name');
    await driver.executeQuery(
      `CREATE (:Document {sha256: 'v015-archive'})-[:CONTAINS {entry: 'a/b/bilan.pdf//2'}]->
              (:Document {sha256: 'v015-file', state: 'read'})`,
    );
    await applyMigration(driver, 'V015__contains_name');
    const { records } = await driver.executeQuery(
      `MATCH (a:Document)-[x:CONTAINS]->(d:Document)
       RETURN a.sha256 AS archive, x.entry AS entry, x.name AS name, d.signalsPending AS pending ORDER BY entry`,
    );
    expect(records.map((r) => [r.get('entry'), r.get('name'), r.get('pending')])).toEqual([
      ['a/b/bilan.pdf//2', 'bilan.pdf', 'placed'],
      ['q3/notes-reunion.txt', 'notes-reunion.txt', 'placed'],
      [`q3/${NAME}`, NAME, 'placed'],
    ]);
  });
});
