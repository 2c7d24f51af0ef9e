/**
 * The small document dump the document API tests read (issue 12): real fixture documents from
 * ../shared/fixtures/documents carried by three hand-written MIME messages (one document attached to
 * all three, on different dates), plus loose documents in a zip and a lone file, ingested by the real
 * pipeline with the document pass into the test Neo4j. Expected values come from the messages as
 * written here and from the fixtures' answer key (metadata.json, text/), never from the code under test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';

import { ingest } from '../../../ingest/pipeline.js';
import { useTestDatabase } from '../../support/db.js';
import { type MimeHeaders, mimeMessage } from '../../support/mime-message.js';
import { type AnswerKey, type KeyEntry, fixtureBytes, readAnswerKey } from '../../ingest/extract/documents/fixtures.js';
import { makeZip, tempDir } from '../../ingest/read/read-helpers.js';

export const SHARED = 'tika/testWORD_custom_props.docx'; // attached to all three messages
export const SHEET = 'tika/testEXCEL.xls'; // attached once
export const OLD_PDF = 'py-pdf/024-annotations/annotated_pdf.pdf'; // attached once; dated 1990
export const ZIP_PDF = 'tika/testPDF.pdf'; // loose, inside a zip
export const ZIP_DOC = 'tika/testWORD.doc'; // loose, inside a zip
export const LONE_PDF = 'py-pdf/020-xmp/output_with_metadata_pymupdf.pdf'; // loose, alone

/** Every fixture document in the dump. */
export const ALL = [SHARED, SHEET, OLD_PDF, ZIP_PDF, ZIP_DOC, LONE_PDF];

/** The loose documents as written: the zip's entries and the lone file, under the names given. */
export const LOOSE = [
  { fixture: ZIP_PDF, name: 'report.pdf', entry: 'q3/report.pdf' },
  { fixture: ZIP_DOC, name: 'memo.doc', entry: 'q3/memo.doc' },
  { fixture: LONE_PDF, name: 'scan.pdf', entry: null },
];

export interface DumpMessage {
  file: string;
  headers: MimeHeaders & { cc?: string };
  body: string;
  attachments: { fixture: string; name: string; type: string }[];
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Written in file order alice, bob, carol; dated alice < carol < bob, so time order differs from read
// order, and (carol's body chosen for it) from the order of the Message ids, which hash the content.
// Chosen for the cross-document signals (document-expectations.ts derives them): the mails are dated
// after every attached document's last modification (2012 at the latest), and the editors the key
// gives the attached documents write in them — Etienne Jouvin, whose mailbox is the author account
// "EJ04325S" of the shared .docx, and Keith Bennett, whose mailbox is "RIBEN9", the sheet's last
// editor — so the mailed documents raise none; the loose ones keep outside editors (Nick Burch,
// Bertrand Delacrétaz, John Doe), as the API's anomaly filters must show.
export const MESSAGES: DumpMessage[] = [
  {
    file: 'alice/sent_items/1.',
    headers: {
      from: '"Alice Archer" <alice@example.org>',
      to: '"Bob Baker" <bob@example.org>, carol@example.org',
      cc: '"Etienne Jouvin" <ej04325s@example.org>',
      subject: 'budget draft',
      date: 'Tue, 2 Jan 2018 09:00:00 +0000',
      messageId: 'docs-1@example.org',
    },
    body: 'Here is the draft and the old scan.',
    attachments: [
      { fixture: SHARED, name: 'budget.docx', type: DOCX },
      { fixture: OLD_PDF, name: 'annotated.pdf', type: 'application/pdf' },
    ],
  },
  {
    file: 'bob/inbox/1.',
    headers: {
      from: '"Bob Baker" <bob@example.org>',
      to: '"Keith Bennett" <riben9@example.org>',
      subject: 'numbers',
      date: 'Fri, 5 Jan 2018 16:30:00 +0000',
      messageId: 'docs-2@example.org',
    },
    body: 'Forwarding the draft with a worksheet.',
    attachments: [
      { fixture: SHEET, name: 'sheet.xls', type: 'application/vnd.ms-excel' },
      { fixture: SHARED, name: 'renamed.docx', type: DOCX },
    ],
  },
  {
    file: 'carol/inbox/1.',
    headers: {
      from: 'carol@example.org',
      to: '"Frank Foster" <frank@example.org>',
      subject: 'fyi',
      date: 'Wed, 3 Jan 2018 12:15:00 +0000',
      messageId: 'docs-3@example.org',
    },
    body: 'For the record.',
    attachments: [{ fixture: SHARED, name: 'budget.docx', type: DOCX }],
  },
];

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** "Name" <email>, or a bare email, as written in the header above → {name, email}. */
export function parseAddress(text: string): { name: string | null; email: string } {
  const m = text.trim().match(/^"([^"]*)"\s*<([^>]+)>$/);
  return m ? { name: m[1]!, email: m[2]! } : { name: null, email: text.trim() };
}

export const addresses = (list: string | undefined): { name: string | null; email: string }[] =>
  list ? list.split(',').map(parseAddress) : [];

/** Who held a fixture as written in the headers: per address, the messages carrying it they sent and received. */
export function documentHolders(fixture: string): Map<string, { sent: number; received: number }> {
  const holders = new Map<string, { sent: number; received: number }>();
  const add = (email: string, role: 'sent' | 'received') => {
    const h = holders.get(email) ?? { sent: 0, received: 0 };
    h[role]++;
    holders.set(email, h);
  };
  for (const m of MESSAGES.filter((x) => x.attachments.some((a) => a.fixture === fixture))) {
    add(parseAddress(m.headers.from!).email, 'sent');
    for (const a of [...addresses(m.headers.to), ...addresses(m.headers.cc)]) add(a.email, 'received');
  }
  return holders;
}

/** The role a graph edge gives a holder: sent, received, or both. */
export const holderRole = (h: { sent: number; received: number }): 'sent' | 'received' | 'both' =>
  h.sent && h.received ? 'both' : h.sent ? 'sent' : 'received';

/** Every fixture attached to some message of the dump (the loose ones were mailed by no one). */
export const ATTACHED = [...new Set(MESSAGES.flatMap((m) => m.attachments.map((a) => a.fixture)))];

/** Writes the dump (MESSAGES, a zip and a lone file of loose documents) under `root`. */
export async function writeDump(root: string): Promise<void> {
  for (const m of MESSAGES) {
    const path = join(root, m.file);
    mkdirSync(join(path, '..'), { recursive: true });
    const parts = m.attachments.map((a) => ({ name: a.name, type: a.type, bytes: fixtureBytes(a.fixture) }));
    writeFileSync(path, mimeMessage(m.headers, m.body, parts));
  }
  mkdirSync(join(root, 'bob', 'projects'), { recursive: true });
  const zipped = LOOSE.filter((l) => l.entry !== null);
  const zip = await makeZip(zipped.map((l) => ({ name: l.entry!, data: fixtureBytes(l.fixture) })));
  writeFileSync(join(root, 'bob', 'projects', 'docs.zip'), zip);
  const lone = LOOSE.find((l) => l.entry === null)!;
  writeFileSync(join(root, 'carol', lone.name), fixtureBytes(lone.fixture));
}

/** Person.id of the person using this address, as the graph holds it. */
export async function personIdOf(driver: Driver, email: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person)-[:USES]->(:Address {email: $email}) RETURN p.id AS id',
    { email },
  );
  if (!records[0]) throw new Error(`no Person uses ${email}`);
  return records[0].get('id') as string;
}

export interface DocumentGraph {
  driver(): Driver;
  /** The maildir-like root the messages and loose files lie in. */
  root(): string;
  key(): AnswerKey;
  entry(fixture: string): KeyEntry;
  /** The fixture a document's SHA-256 is the key's hash of (the hash itself for none of ALL). */
  fixtureOf(sha256: string): string;
  /** Message.id of MESSAGES[i] (by its Message-ID header). */
  messageId(i: number): string;
  /** Person.id of the person using this address. */
  personOf(email: string): Promise<string>;
}

/** In a describe block: wipes the test graph, writes and ingests the dump (documents read) once. */
export function useDocumentGraph(): DocumentGraph {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-document-api-');
  const root = join(tmp.dir, 'dump', 'maildir');
  let key: AnswerKey | undefined;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    key = readAnswerKey();
    await writeDump(root);
    const summary = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2, noEntities: true });
    if (summary.ingested !== MESSAGES.length || summary.documents.pass?.read !== ALL.length)
      throw new Error(`the document dump did not ingest as written: ${JSON.stringify(summary.documents)}`);
    const { records } = await db.driver().executeQuery('MATCH (m:Message) RETURN m.messageId AS header, m.id AS id');
    for (const r of records) ids.set(r.get('header') as string, r.get('id') as string);
    await db.driver().executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  }, 120_000);
  afterAll(() => tmp.remove());
  return {
    driver: () => db.driver(),
    root: () => root,
    key: () => key!,
    entry: (fixture) => key!.files[fixture]!,
    fixtureOf: (sha) => ALL.find((f) => key!.files[f]!.sha256 === sha) ?? sha,
    messageId: (i) => {
      const header = MESSAGES[i]!.headers.messageId!;
      const id = ids.get(header) ?? ids.get(`<${header}>`);
      if (!id) throw new Error(`no Message with Message-ID ${header} (have ${[...ids.keys()].join(', ')})`);
      return id;
    },
    personOf: (email) => personIdOf(db.driver(), email),
  };
}

/**
 * The Person → Document edges the dump calls for, from the headers as written: keyed
 * `personId#doc:sha256` (the graph's edge key), with the holder's role and how many messages carried it.
 * `persons` keeps only the edges of those persons (all when absent).
 */
export async function expectedDocumentEdges(
  g: DocumentGraph,
  persons?: string[],
): Promise<Map<string, { role: 'sent' | 'received' | 'both'; count: number }>> {
  const edges = new Map<string, { role: 'sent' | 'received' | 'both'; count: number }>();
  for (const fixture of ATTACHED) {
    for (const [email, h] of documentHolders(fixture)) {
      const person = await g.personOf(email);
      if (persons && !persons.includes(person)) continue;
      edges.set(`${person}#doc:${g.entry(fixture).sha256}`, { role: holderRole(h), count: h.sent + h.received });
    }
  }
  return edges;
}
