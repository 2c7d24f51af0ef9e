/**
 * Issue 12, cross-document signals on the real test Neo4j: documents built from real fixture
 * packages (../shared tika/testWORD.docx, testEXCEL.xlsx) with chosen core properties, mailed among
 * 22 French correspondents, ingested in two parts. Each kind is raised on the documents built to
 * have it and on no other; the metadata people link to the persons (or aliases) worked out by hand;
 * a burst grows as its third document arrives; a correspondent who writes later turns an alias into
 * a person; the graph of the two parts is the graph of one run; --rebuild-documents gives it again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { identityService } from '../../cli/identity-service.js';
import { runDocumentPass } from '../../ingest/document-pass.js';
import { ingest } from '../../ingest/pipeline.js';
import { scalar, useTestDatabase, wipe } from '../support/db.js';
import { snapshotGraph } from '../support/graph-snapshot.js';
import { mimeMessage } from '../support/mime-message.js';
import { type CoreProperties, withCoreProperties } from '../support/office-metadata.js';
import { missingShared } from '../support/shared.js';
import { fixtureBytes } from './extract/documents/fixtures.js';
import { tempDir } from './read/read-helpers.js';
import { FRENCH_NAMES } from '../support/french-names.js';

const skip = missingShared('fixtures/documents');

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FRENCH = [...FRENCH_NAMES, 'Nathan Morel', 'Camille Fontaine'];
const email = (name: string) =>
  `${name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ /g, '.')}@campagne.fr`;
const mailbox = (name: string, address = email(name)) =>
  `=?UTF-8?B?${Buffer.from(name).toString('base64')}?= <${address}>`;

const CYRILLIC = 'Рошка Георгий Петрович';
const OLD = '2019-01-10T09:00:00Z';

/** The documents, by role in the test: what each was built with. */
const SPECS: Record<string, { base: string; name: string; type: string; core: CoreProperties }> = {
  burst1: {
    base: 'tika/testWORD.docx',
    name: 'note-1.docx',
    type: DOCX,
    core: { creator: 'Marie Dupont', lastModifiedBy: CYRILLIC, created: OLD, modified: '2021-03-01T10:00:00Z' },
  },
  burst2: {
    base: 'tika/testEXCEL.xlsx',
    name: 'tableau-2.xlsx',
    type: XLSX,
    core: { creator: 'Marie Dupont', lastModifiedBy: CYRILLIC, created: OLD, modified: '2021-03-01T10:03:00Z' },
  },
  burst3: {
    base: 'tika/testWORD.docx',
    name: 'note-3.docx',
    type: DOCX,
    core: { creator: 'Marie Dupont', lastModifiedBy: CYRILLIC, created: OLD, modified: '2021-03-01T10:07:00Z' },
  },
  sent: {
    base: 'tika/testWORD.docx',
    name: 'compte-rendu.docx',
    type: DOCX,
    core: {
      creator: 'Jean Martin',
      lastModifiedBy: 'DUPONT, Marie',
      created: '2021-05-01T09:00:00Z',
      modified: '2021-06-10T12:00:00Z',
    },
  },
  version1: {
    base: 'tika/testEXCEL.xlsx',
    name: 'budget.xlsx',
    type: XLSX,
    core: {
      creator: 'Hélène Faure',
      lastModifiedBy: 'Paul Girard',
      created: '2021-01-05T09:00:00Z',
      modified: '2021-02-01T09:00:00Z',
    },
  },
  version2: {
    base: 'tika/testEXCEL.xlsx',
    name: 'budget.xlsx',
    type: XLSX,
    core: {
      creator: 'Hélène Faure',
      lastModifiedBy: 'Paul Girard',
      created: '2021-01-05T09:00:00Z',
      modified: '2021-02-08T09:00:00Z',
    },
  },
  ordinary: {
    base: 'tika/testWORD.docx',
    name: 'programme.docx',
    type: DOCX,
    core: {
      creator: 'helene faure',
      lastModifiedBy: 'Faure, Hélène',
      created: '2020-01-01T09:00:00Z',
      modified: '2020-02-01T09:00:00Z',
    },
  },
  generic: {
    base: 'tika/testWORD.docx',
    name: 'affiche.docx',
    type: DOCX,
    core: {
      creator: 'Microsoft Office User',
      lastModifiedBy: 'Microsoft Office User',
      created: '2020-01-01T09:00:00Z',
      modified: '2020-02-01T09:00:00Z',
    },
  },
  later: {
    base: 'tika/testWORD.docx',
    name: 'tract.docx',
    type: DOCX,
    core: { creator: 'Luc Bernard', created: '2020-04-01T09:00:00Z', modified: '2020-05-01T09:00:00Z' },
  },
};
type Role = keyof typeof SPECS;

/** Messages, by part: sender, recipient, date, the documents attached. */
const MESSAGES: { part: 1 | 2; from: string; to: string; date: string; docs: Role[]; fromAddress?: string }[] = [
  // Everyone writes once, so the 22 names are correspondents (the script profile needs 20).
  ...FRENCH.map((name, i) => ({
    part: 1 as const,
    from: name,
    to: FRENCH[(i + 1) % FRENCH.length]!,
    date: `2020-01-${String(i + 2).padStart(2, '0')}T08:00:00Z`,
    docs: [],
  })),
  { part: 1, from: 'Marie Dupont', to: 'Jean Martin', date: '2021-03-02T09:00:00Z', docs: ['burst1', 'ordinary'] },
  { part: 1, from: 'Marie Dupont', to: 'Anne Moreau', date: '2021-03-02T09:05:00Z', docs: ['burst2'] },
  { part: 1, from: 'Jean Martin', to: 'Marie Dupont', date: '2021-06-01T09:00:00Z', docs: ['sent'] },
  { part: 1, from: 'Paul Girard', to: 'Hélène Faure', date: '2021-02-02T09:00:00Z', docs: ['version1'] },
  { part: 1, from: 'Claire Roux', to: 'Louis Fournier', date: '2020-03-01T09:00:00Z', docs: ['generic'] },
  { part: 1, from: 'Luc Petit', to: 'Claire Roux', date: '2020-06-01T09:00:00Z', docs: ['later'] },
  { part: 2, from: 'Marie Dupont', to: 'Julie Mercier', date: '2021-03-02T09:10:00Z', docs: ['burst3'] },
  { part: 2, from: 'Anne Moreau', to: 'Marc Blanc', date: '2021-06-20T09:00:00Z', docs: ['sent'] },
  { part: 2, from: 'Paul Girard', to: 'Hélène Faure', date: '2021-02-09T09:00:00Z', docs: ['version2'] },
  // Luc Bernard writes: his name in "later" becomes a correspondent's.
  { part: 2, from: 'Luc Bernard', to: 'Luc Petit', date: '2020-07-01T09:00:00Z', docs: [] },
  // Paul Girard writes from a second address: identity resolution makes it one person (same name, same organisation).
  {
    part: 2,
    from: 'Paul Girard',
    to: 'Marc Blanc',
    date: '2021-03-01T09:00:00Z',
    docs: [],
    fromAddress: 'girard@campagne.fr',
  },
];

const CROSS = [
  'editor-foreign-script',
  'editor-not-correspondent',
  'edit-burst',
  'modified-after-sent',
  'same-name-different-hash',
];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.skipIf(!!skip)('cross-document signals and metadata people (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('document-signals');
  afterAll(() => tmp.remove());
  const bytes = new Map<Role, Buffer>();
  const hash = (role: Role) => sha(bytes.get(role)!);
  const part = (n: number) => join(tmp.dir, `part${n}`);

  beforeAll(async () => {
    for (const [role, spec] of Object.entries(SPECS))
      bytes.set(role, await withCoreProperties(fixtureBytes(spec.base), spec.core));
    MESSAGES.forEach((m, i) => {
      const dir = join(part(m.part), 'maildir', email(m.from).split('@')[0]!, 'sent');
      mkdirSync(dir, { recursive: true });
      const mime = mimeMessage(
        {
          from: mailbox(m.from, m.fromAddress),
          to: mailbox(m.to),
          subject: `message ${i}`,
          date: new Date(m.date).toUTCString(),
          messageId: `m${i}@campagne.fr`,
        },
        `Bonjour, voici le message ${i}.`,
        m.docs.map((role) => ({ name: SPECS[role]!.name, type: SPECS[role]!.type, bytes: bytes.get(role)! })),
      );
      writeFileSync(join(dir, `${i}.`), mime);
    });
  });

  async function anomalies(
    role: Role,
  ): Promise<{ kinds: string[]; json: { kind: string; evidence: Record<string, unknown> }[] }> {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (d:Document {sha256: $sha}) RETURN d.anomalyKinds AS kinds, d.anomaliesJson AS json, d.anomalyCount AS count, d.signalsPending AS pending',
        { sha: hash(role) },
      );
    const r = records[0]!;
    expect(r.get('count')).toBe((r.get('kinds') as string[]).length);
    expect(r.get('pending')).toBeNull();
    return { kinds: r.get('kinds') as string[], json: JSON.parse(r.get('json') as string) };
  }
  const cross = async (role: Role) => (await anomalies(role)).kinds.filter((k) => CROSS.includes(k));

  /** [field, raw, 'person:<address used>' | 'alias:<name>'] per METADATA_PERSON link of a document. */
  async function links(role: Role): Promise<string[][]> {
    const { records } = await db.driver().executeQuery(
      `MATCH (d:Document {sha256: $sha})-[r:METADATA_PERSON]->(t)
       RETURN r.field AS field, r.raw AS raw,
              CASE WHEN t:Alias THEN 'alias:' + t.name
                   ELSE 'person:' + COLLECT { MATCH (t)-[:USES]->(a:Address) WHERE a.email = r.address RETURN a.email }[0] END AS target
       ORDER BY field`,
      { sha: hash(role) },
    );
    return records.map((r) => [r.get('field'), r.get('raw'), r.get('target')]);
  }

  it('part 1: editors linked, the outsider and the foreign script flagged, no burst of two yet', async () => {
    await ingest(db.driver(), { paths: [part(1)], workers: 2, noEntities: true });
    // The reader finds nothing wrong in any of them: every kind below is cross-document.
    for (const role of ['burst1', 'burst2', 'sent', 'version1', 'ordinary', 'generic', 'later'] as Role[])
      expect(
        (await anomalies(role)).kinds.filter((k) => !CROSS.includes(k)),
        role,
      ).toEqual([]);
    expect(await cross('burst1')).toEqual(['editor-foreign-script', 'editor-not-correspondent']);
    expect(await cross('burst2')).toEqual(['editor-foreign-script', 'editor-not-correspondent']);
    expect(await cross('sent')).toEqual(['modified-after-sent']);
    expect(await cross('version1')).toEqual([]);
    expect(await cross('ordinary')).toEqual([]);
    expect(await cross('generic')).toEqual([]);
    expect(await cross('later')).toEqual(['editor-not-correspondent']);
    expect(await links('burst1')).toEqual([
      ['author', 'Marie Dupont', `person:${email('Marie Dupont')}`],
      ['lastModifiedBy', CYRILLIC, 'alias:рошка георгии петрович'],
    ]);
    expect(await links('ordinary')).toEqual([
      ['author', 'helene faure', `person:${email('Hélène Faure')}`],
      ['lastModifiedBy', 'Faure, Hélène', `person:${email('Hélène Faure')}`],
    ]);
    expect(await links('later')).toEqual([['author', 'Luc Bernard', 'alias:luc bernard']]);
    expect(await links('generic')).toEqual([
      ['author', 'Microsoft Office User', 'alias:microsoft office user'],
      ['lastModifiedBy', 'Microsoft Office User', 'alias:microsoft office user'],
    ]);
  });

  it('part 2: the burst grows to three, the new version is flagged with the old, the alias becomes a person', async () => {
    await ingest(db.driver(), { paths: [part(2)], workers: 2, noEntities: true });
    for (const role of ['burst1', 'burst2', 'burst3'] as Role[]) {
      expect(await cross(role), role).toEqual(['editor-foreign-script', 'editor-not-correspondent', 'edit-burst']);
      const burst = (await anomalies(role)).json.find((a) => a.kind === 'edit-burst')!;
      expect(burst.evidence).toEqual({
        editor: CYRILLIC,
        documentsInBurst: 3,
        firstModified: '2021-03-01T10:00:00.000Z',
        lastModified: '2021-03-01T10:07:00.000Z',
        createdLongBefore: 3,
      });
    }
    const foreign = (await anomalies('burst3')).json.find((a) => a.kind === 'editor-foreign-script')!;
    expect(foreign.evidence).toMatchObject({ lastModifiedBy: CYRILLIC, lastModifiedByScripts: ['Cyrillic'] });
    expect(await cross('version1')).toEqual(['same-name-different-hash']);
    expect(await cross('version2')).toEqual(['same-name-different-hash']);
    const versions = (await anomalies('version1')).json.find((a) => a.kind === 'same-name-different-hash')!;
    // Each version the only attachment (part 0) of the message the test wrote it into.
    const sentIn = (role: Role) =>
      `attachment 0 of message <m${MESSAGES.findIndex((m) => m.docs.includes(role))}@campagne.fr>`;
    expect(versions.evidence).toEqual({
      name: ['budget.xlsx'],
      otherVersions: 1,
      otherSha256: [hash('version2')],
      copies: [
        { sha256: hash('version1'), foundIn: [sentIn('version1')] },
        { sha256: hash('version2'), foundIn: [sentIn('version2')] },
      ],
    });
    // Sent again later: the first sending still dates it.
    const sent = (await anomalies('sent')).json.find((a) => a.kind === 'modified-after-sent')!;
    expect(sent.evidence).toMatchObject({
      modified: '2021-06-10T12:00:00.000Z',
      firstSent: '2021-06-01T09:00:00.000Z',
    });
    expect(await cross('later')).toEqual([]);
    expect(await links('later')).toEqual([['author', 'Luc Bernard', `person:${email('Luc Bernard')}`]]);
    expect(await scalar(db.driver(), "MATCH (a:Alias {name: 'luc bernard'}) RETURN count(a)")).toBe(0);
    // Paul Girard's two addresses are one person: the link goes to the person using the address it was made by.
    expect(
      await scalar(
        db.driver(),
        'MATCH (p:Person)-[:USES]->(a:Address) WHERE a.email IN $emails RETURN count(DISTINCT p)',
        {
          emails: [email('Paul Girard'), 'girard@campagne.fr'],
        },
      ),
    ).toBe(1);
    const girard = await links('version1');
    expect(girard.find((l) => l[0] === 'lastModifiedBy')![2]).toMatch(/^person:(paul\.girard|girard)@campagne\.fr$/);
  });

  it('rolls up to the messages: each counts the anomalous documents it carries', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (m:Message) WHERE m.messageId IN $ids RETURN m.messageId AS id, m.documentAnomalies AS n ORDER BY id',
        { ids: ['m22@campagne.fr', 'm23@campagne.fr', 'm26@campagne.fr', 'm2@campagne.fr'] },
      );
    // m22 carries burst1 (anomalous) and ordinary (not); m23 burst2; m26 generic; m2 no document.
    expect(Object.fromEntries(records.map((r) => [r.get('id'), r.get('n')]))).toEqual({
      'm22@campagne.fr': 1,
      'm23@campagne.fr': 1,
      'm26@campagne.fr': 0,
      'm2@campagne.fr': null,
    });
  });

  it('--rebuild-documents reads every document again and the signals come back the same', async () => {
    const before = await snapshotGraph(db.driver());
    const pass = await runDocumentPass(db.driver(), { rebuild: true });
    expect(pass.read).toBe(Object.keys(SPECS).length);
    expect(pass.signals!.judged).toBe(Object.keys(SPECS).length);
    expect(await snapshotGraph(db.driver())).toEqual(before);
  });

  it('the two parts give the graph one run gives', async () => {
    const parts = await snapshotGraph(db.driver());
    await wipe(db.driver());
    await ingest(db.driver(), { paths: [part(1), part(2)], workers: 2, noEntities: true });
    expect(await snapshotGraph(db.driver())).toEqual(parts);
    // And a run with nothing new changes nothing.
    const again = await runDocumentPass(db.driver());
    expect(again.signals!.judged).toBe(0);
    expect(await snapshotGraph(db.driver())).toEqual(parts);
  });

  it("an analyst's merge and its undo leave every metadata link on the person using its address", async () => {
    const personOf = (address: string) =>
      scalar<string>(db.driver(), 'MATCH (p:Person)-[:USES]->(:Address {email: $address}) RETURN p.id', { address });
    const linkedIds = () =>
      db
        .driver()
        .executeQuery(
          'MATCH (:Document {sha256: $sha})-[r:METADATA_PERSON]->(p:Person) RETURN r.field AS field, p.id AS id ORDER BY field',
          { sha: hash('ordinary') },
        )
        .then((r) => r.records.map((x) => [x.get('field'), x.get('id')]));
    const helene = email('Hélène Faure');
    const before = await personOf(helene);
    const service = identityService(db.driver());
    // Claire Roux's address sorts first: the merged person takes an id of hers, Hélène's person is deleted.
    const { id } = await service.correct('merge', [helene, email('Claire Roux')], 'test: merge by the analyst');
    const merged = await personOf(helene);
    expect(merged).not.toBe(before);
    expect(await scalar(db.driver(), 'MATCH (p:Person {id: $id}) RETURN count(p)', { id: before })).toBe(0);
    expect(await linkedIds()).toEqual([
      ['author', merged],
      ['lastModifiedBy', merged],
    ]);
    expect(await cross('ordinary')).toEqual([]);
    expect(await service.undo(id)).toBe(true);
    const apart = await personOf(helene);
    expect(await linkedIds()).toEqual([
      ['author', apart],
      ['lastModifiedBy', apart],
    ]);
  });
});
