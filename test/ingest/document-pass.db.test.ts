/**
 * Issue 12, graph phase: documents found by the ingest (attachments and loose files), read by the
 * document pass, on the real test Neo4j. The dump is built in the test from real fixture documents
 * (../shared/fixtures/documents) carried by MIME messages written here (base64 parts) and by a zip
 * (yazl) in a maildir-like tree. Expected values come from the fixtures' answer key (exiftool,
 * pdftotext/catdoc/docx2txt, the SHA-256 of each file) and from the mailbox rules by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';

import { loadCypher } from '../../db/cypher.js';
import { documentBytes } from '../../ingest/document-bytes.js';
import { type IngestSummary, ingest } from '../../ingest/pipeline.js';
import { countNodes, countRels, scalar, useTestDatabase } from '../support/db.js';
import { mimeMessage } from '../support/mime-message.js';
import { missingShared } from '../support/shared.js';
import { FIXTURE_NOW, type KeyEntry, fixtureBytes, readAnswerKey } from './extract/documents/fixtures.js';
import { makeZip, tempDir } from './read/read-helpers.js';
import { documentNode, expectKeyDocument } from './document-key.js';

const skip = missingShared('fixtures/documents');

const SHARED = 'tika/testWORD_custom_props.docx'; // attached to three messages
const ENCRYPTED = 'tika/password.xls';
const TRUNCATED = 'tika/testWORD_truncated.docx';
const LOOSE_PDF = 'py-pdf/020-xmp/output_with_metadata_pymupdf.pdf';
const LOOSE_PDF2 = 'tika/testPDF.pdf';
const LOOSE_DOC = 'tika/testWORD.doc';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!!skip)('the document pass on attachments and loose documents (issue 12)', () => {
  const db = useTestDatabase();
  const tmp = tempDir('leakgraph-documents-');
  afterAll(() => tmp.remove());
  const key = skip ? undefined : readAnswerKey();
  const entry = (path: string): KeyEntry => key!.files[path]!;
  let first: IngestSummary;
  const root = join(tmp.dir, 'dump', 'maildir');
  // The attachments as placed in the messages (parts are 0-based, in order).
  const layout: { file: string; message: number; parts: string[] }[] = [
    { file: 'alice/sent_items/1.', message: 1, parts: [SHARED, ENCRYPTED] },
    { file: 'bob/inbox/1.', message: 2, parts: [TRUNCATED, SHARED] },
    { file: 'carol/inbox/1.', message: 3, parts: [SHARED] },
  ];
  const names = ['budget.docx', 'renamed.docx', 'budget.docx'];

  it('finds every attachment and every loose document, and reads each distinct document once', async () => {
    const shared = fixtureBytes(SHARED);
    layout.forEach(({ file, message, parts }, i) => {
      const path = join(root, file);
      mkdirSync(join(path, '..'), { recursive: true });
      const mime = parts.map((p) =>
        p === SHARED
          ? { name: names[i]!, type: DOCX, bytes: shared }
          : { name: p.split('/').pop()!, type: 'application/octet-stream', bytes: fixtureBytes(p) },
      );
      const who = file.split('/')[0]!;
      const headers = {
        from: `${who}@example.org`,
        to: 'dave@example.org',
        subject: `documents ${message}`,
        date: `Mon, ${message + 1} Jan 2001 10:00:00 +0000`,
        messageId: `doc-${message}@example.org`,
      };
      writeFileSync(path, mimeMessage(headers, `Here are the files, message ${message}.`, mime));
    });
    mkdirSync(join(root, 'bob', 'projects'), { recursive: true });
    const zip = await makeZip([
      { name: 'q3/report.pdf', data: fixtureBytes(LOOSE_PDF2) },
      { name: 'q3/memo.doc', data: fixtureBytes(LOOSE_DOC) },
      { name: 'q3/server.log', data: Buffer.from('not a document\n') },
    ]);
    writeFileSync(join(root, 'bob', 'projects', 'docs.zip'), zip);
    writeFileSync(join(root, 'carol', 'scan.pdf'), fixtureBytes(LOOSE_PDF));

    first = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2, noEntities: true });
    expect([first.seen, first.ingested, first.failed]).toEqual([3, 3, 0]);
    expect(first.documents.attachments).toBe(5); // the parts written above
    expect(first.documents.loose).toBe(3); // report.pdf, memo.doc, scan.pdf; server.log is skipped
    expect(first.skipped).toBe(1);
    const pass = first.documents.pass!;
    // Six distinct contents: the shared docx once, however many messages carry it.
    expect(pass.pending).toBe(6);
    expect(pass.read).toBe(6);
    expect(pass.unreachable).toBe(0);
    expect(pass.byStatus).toEqual({ ok: 4, encrypted: 1, truncated: 1 });
    expect(await countNodes(db.driver(), 'Document')).toBe(6);
    expect(await scalar(db.driver(), "MATCH (d:Document) WHERE d.state = 'read' RETURN count(d)")).toBe(6);
  });

  it('links a document attached to three messages as one Document with three HAS_ATTACHMENT edges', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d:Document {sha256: $sha})
       RETURN m.subject AS subject, h.name AS name, h.part AS part ORDER BY subject`,
      { sha: entry(SHARED).sha256 },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { subject: 'documents 1', name: 'budget.docx', part: 0 },
      { subject: 'documents 2', name: 'renamed.docx', part: 1 },
      { subject: 'documents 3', name: 'budget.docx', part: 0 },
    ]);
    expect(entry(SHARED).sha256).toBe(sha(fixtureBytes(SHARED)));
    // The node's name and type: the smallest the carriers gave, whatever order they were read in.
    const node = await db
      .driver()
      .executeQuery('MATCH (d:Document {sha256: $sha}) RETURN d.name AS name, d.contentType AS type', {
        sha: entry(SHARED).sha256,
      });
    expect(node.records[0]!.toObject()).toEqual({ name: 'budget.docx', type: DOCX });
  });

  it('links a loose document inside a zip to its File, in the mailbox and folder it lies in', async () => {
    const { records } = await db.driver().executeQuery(
      `MATCH (d:Document)-[r:FOUND_IN]->(f:File) RETURN d.sha256 AS sha, r.name AS name,
              f.path AS path, f.entries AS entries, f.mailbox AS mailbox, f.folder AS folder ORDER BY name`,
    );
    const zip = join(root, 'bob', 'projects', 'docs.zip');
    // maildir/bob/projects/docs.zip!q3/…: "maildir" holds mailboxes, bob is the mailbox, the zip
    // unpacks where it lies, so the folder is projects/q3 (ingest/read/mailbox-path.ts rules 1, 3).
    expect(records.map((r) => r.toObject())).toEqual([
      {
        sha: entry(LOOSE_DOC).sha256,
        name: 'memo.doc',
        path: zip,
        entries: ['q3/memo.doc'],
        mailbox: 'bob',
        folder: 'projects/q3',
      },
      {
        sha: entry(LOOSE_PDF2).sha256,
        name: 'report.pdf',
        path: zip,
        entries: ['q3/report.pdf'],
        mailbox: 'bob',
        folder: 'projects/q3',
      },
      {
        sha: entry(LOOSE_PDF).sha256,
        name: 'scan.pdf',
        path: join(root, 'carol', 'scan.pdf'),
        entries: [],
        mailbox: 'carol',
        folder: null,
      },
    ]);
  });

  it.each([SHARED, LOOSE_PDF, LOOSE_PDF2, LOOSE_DOC])(
    '%s: the Document holds the answer key metadata and text',
    async (path) => {
      const d = await documentNode(db.driver(), entry(path).sha256);
      expectKeyDocument(d, entry(path));
      expect(JSON.parse(d.metadataJson as string).raw.length).toBeGreaterThan(0);
      expect(d.anomalyCount).toBe((d.anomalyKinds as string[]).length);
      expect(JSON.parse(d.anomaliesJson as string).map((a: { kind: string }) => a.kind)).toEqual(d.anomalyKinds);
    },
  );

  it('records the encrypted and the truncated document with status, reason and a Failure', async () => {
    const { records } = await db
      .driver()
      .executeQuery(
        'MATCH (d:Document) WHERE d.sha256 IN $shas RETURN d.sha256 AS sha, d.status AS status, d.reason AS reason',
        { shas: [entry(ENCRYPTED).sha256, entry(TRUNCATED).sha256] },
      );
    const bySha = new Map(records.map((r) => [r.get('sha') as string, r.toObject()]));
    expect(bySha.get(entry(ENCRYPTED).sha256)!.status).toBe('encrypted');
    expect(bySha.get(entry(TRUNCATED).sha256)!.status).toBe('truncated');
    for (const r of bySha.values()) expect((r.reason as string).length).toBeGreaterThan(5);
    // Listed as `leakgraph failures` lists them.
    const failures = await db
      .driver()
      .executeQuery(loadCypher('read/failures'), { run: null, all: false, limit: neo4j.int(100) })
      .then((r) => r.records.map((x) => x.toObject()).filter((f) => f.stage === 'document'));
    expect(failures.map((f) => (f.error as string).split(':')[0]).sort()).toEqual(['encrypted', 'truncated']);
    expect(failures.map((f) => f.lostMessage)).toEqual([false, false]);
    expect(failures.every((f) => (f.path as string).startsWith(root))).toBe(true);
  });

  it('reads no document twice when the same dump is ingested again', async () => {
    const again = await ingest(db.driver(), { paths: [join(tmp.dir, 'dump')], workers: 2, noEntities: true });
    expect([again.ingested, again.duplicates]).toEqual([0, 3]);
    expect(again.documents.attachments).toBe(0);
    expect(again.documents.loose).toBe(3);
    expect(again.documents.pass!.pending).toBe(0);
    expect(again.documents.pass!.read).toBe(0);
    expect(await countNodes(db.driver(), 'Document')).toBe(6);
    expect(await countNodes(db.driver(), 'File')).toBe(3);
    expect(await countRels(db.driver(), 'HAS_ATTACHMENT')).toBe(5);
    expect(await countRels(db.driver(), 'FOUND_IN')).toBe(3);
    // The pass's failures are not the read's to clear: reading their files again met none of them,
    // and the pass, with nothing new to read, did not look again.
    expect(again.cleared).toBe(0);
    const stillFailing = await scalar(
      db.driver(),
      "MATCH (f:Failure {stage: 'document', found: 'pass'}) RETURN count(f)",
    );
    expect(stillFailing).toBe(2);
  });

  it('documentBytes returns the original bytes, from an attachment and from a file in a zip', async () => {
    for (const path of [SHARED, LOOSE_PDF2, ENCRYPTED]) {
      const result = await documentBytes(db.driver(), entry(path).sha256);
      expect(result?.ok, path).toBe(true);
      if (result?.ok) expect(sha(result.bytes)).toBe(entry(path).sha256);
    }
    expect(await documentBytes(db.driver(), '0'.repeat(64))).toBeUndefined();
  });

  it('keeps a document pending, with a Failure, when no place holds its bytes any more', async () => {
    writeFileSync(join(root, 'carol', 'scan.pdf'), 'changed since the ingest');
    await db.driver().executeQuery("MATCH (d:Document {sha256: $sha}) SET d.state = 'pending'", {
      sha: entry(LOOSE_PDF).sha256,
    });
    const { runDocumentPass } = await import('../../ingest/document-pass.js');
    const failures: string[] = [];
    const pass = await runDocumentPass(db.driver(), {
      workers: 1,
      now: FIXTURE_NOW,
      onFailure: (f) => failures.push(f.error),
    });
    expect([pass.pending, pass.read, pass.unreachable]).toEqual([1, 0, 1]);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/no place still holds this document: .*scan\.pdf: the bytes now hash to/);
    const result = await documentBytes(db.driver(), entry(LOOSE_PDF).sha256);
    expect(result?.ok).toBe(false);
  });
});
