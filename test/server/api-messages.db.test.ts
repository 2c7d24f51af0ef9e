/**
 * GET /api/messages/:id and …/raw: headers, recipients, every copy, the thread, the HTML body
 * sanitised, and the original bytes — checked against the graph (the test's own Cypher) and
 * against the files on disk.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';

import type { MessageDetail } from '../../contract/index.js';
import { createApp } from '../../server/app.js';
import { binary } from './support/http.js';
import { missingFixtures, rows, useIngestedGraph } from './support/ingested-graph.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
describe.skipIf(missingFixtures())('messages', () => {
  const db = useIngestedGraph();
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    app = createApp({ driver: db.driver() });
  });

  it('gives headers, recipients and every copy of a message found several times', async () => {
    const [m] = (await rows<{ id: string }>(
      db.driver(),
      'MATCH (c:Copy)-[:OF]->(m:Message)<-[:REPLY_TO]-(:Message) WITH m, count(DISTINCT c) AS n WHERE n > 1 RETURN m.id AS id ORDER BY m.id LIMIT 1',
    )) as [{ id: string }];
    const body = (await request(app).get(`/api/messages/${m.id}`).expect(200)).body as MessageDetail;
    const [facts] = (await rows<Record<string, unknown>>(
      db.driver(),
      `MATCH (m:Message {id: $id})
       RETURN m.subject AS subject, m.messageId AS messageId, m.body AS text, toString(m.date) AS date,
              [(a:Address)-[:SENT]->(m) | a.email][0] AS from,
              [(m)-[:TO]->(a:Address) | a.email] AS to, [(m)-[:CC]->(a:Address) | a.email] AS cc,
              [(c:Copy)-[:OF]->(m) | {key: c.key, path: c.path, sha256: c.sha256}] AS copies,
              [(r:Message)-[:REPLY_TO]->(m) | r.id] AS replies, [(m)-[:REPLY_TO]->(p:Message) | p.id] AS parent`,
      { id: m.id },
    )) as [Record<string, unknown>];
    expect(body).toMatchObject({
      id: m.id,
      subject: facts.subject,
      messageId: facts.messageId,
      text: facts.text,
      date: facts.date,
    });
    expect(body.from?.email).toBe(facts.from);
    expect(body.to.map((a) => a.email).sort()).toEqual((facts.to as string[]).sort());
    expect(body.cc.map((a) => a.email).sort()).toEqual((facts.cc as string[]).sort());
    expect(
      body.copies.map(({ key, path, sha256 }) => ({ key, path, sha256 })).sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual((facts.copies as { key: string }[]).sort((a, b) => a.key.localeCompare(b.key)));
    expect(body.copies.length).toBeGreaterThan(1);
    expect(body.thread.replies.map((r) => r.id).sort()).toEqual((facts.replies as string[]).sort());
    expect(body.thread.parent?.id ?? null).toBe((facts.parent as string[])[0] ?? null);
    expect(body.html).toBeNull(); // Enron maildir messages are plain text
    expect(body.sourceProblem).toBeNull();
  });

  it('…/raw returns the original bytes of a copy as message/rfc822, identical to the file on disk', async () => {
    const [c] = (await rows<{ id: string; path: string; sha256: string }>(
      db.driver(),
      "MATCH (c:Copy {format: 'maildir'})-[:OF]->(m:Message) RETURN m.id AS id, c.path AS path, c.sha256 AS sha256 ORDER BY c.key LIMIT 1",
    )) as [{ id: string; path: string; sha256: string }];
    const res = await request(app).get(`/api/messages/${c.id}/raw`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^message\/rfc822/);
    const bytes = res.body as Buffer;
    const copies = await rows<{ sha256: string; path: string }>(
      db.driver(),
      'MATCH (c:Copy)-[:OF]->(:Message {id: $id}) RETURN c.sha256 AS sha256, c.path AS path',
      { id: c.id },
    );
    const copy = copies.find((x) => x.sha256 === sha256(bytes))!;
    expect(copy).toBeDefined();
    expect(bytes.equals(readFileSync(copy.path))).toBe(true);
    expect(res.headers['x-content-sha256']).toBe(sha256(bytes));
  });

  it('renders an HTML body sanitised: nothing runs, nothing remote loads, remote images are marked', async () => {
    const htmlMessages = await rows<{ id: string; path: string }>(
      db.driver(),
      "MATCH (c:Copy)-[:OF]->(m:Message) WHERE m.hasHtml AND c.path CONTAINS 'hard-ham-1' RETURN m.id AS id, c.path AS path ORDER BY c.path",
    );
    expect(htmlMessages.length).toBeGreaterThan(10);
    let remoteImages = 0;
    for (const m of htmlMessages) {
      const body = (await request(app).get(`/api/messages/${m.id}`).expect(200)).body as MessageDetail;
      expect(body.sourceProblem).toBeNull();
      expect(body.html).toEqual(expect.any(String));
      const html = body.html!;
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<link|<meta|<base|<style/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:|url\s*\(|@import|expression\s*\(/i);
      for (const src of html.matchAll(/<img[^>]*?\ssrc="([^"]*)"/gi)) expect(src[1]).toMatch(/^data:/);
      // Each image of the original (parsed independently here) that is not embedded in the message
      // (remote, protocol-relative or relative: all would be fetched) is dropped or kept as a marked
      // placeholder (images inside dropped elements such as <noscript> go with them).
      const original = await simpleParser(readFileSync(m.path));
      const sources = new Set(
        [...String(original.html || '').matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
          .map((x) => (x[1] ?? x[2] ?? x[3] ?? '').trim())
          .filter((src) => !src.startsWith('data:')),
      );
      const blocked = [...html.matchAll(/data-blocked-src="([^"]*)"/g)].map((x) => x[1]!.replace(/&amp;/g, '&'));
      for (const src of blocked) expect(sources.has(src)).toBe(true);
      if (sources.size > 0) expect(blocked.length).toBeGreaterThan(0);
      const remote = blocked.length;
      remoteImages += remote;
    }
    expect(remoteImages).toBeGreaterThan(0);
  });

  it('says why the HTML and raw bytes are unavailable when the source cannot be read', async () => {
    const broken = createApp({
      driver: db.driver(),
      rawReader: async () => async () => {
        throw new Error('SourceMissingError: the disk was unplugged');
      },
    });
    const [m] = (await rows<{ id: string }>(
      db.driver(),
      'MATCH (m:Message) WHERE m.hasHtml RETURN m.id AS id ORDER BY m.id LIMIT 1',
    )) as [{ id: string }];
    const body = (await request(broken).get(`/api/messages/${m.id}`).expect(200)).body as MessageDetail;
    expect(body.html).toBeNull();
    expect(body.sourceProblem).toMatch(/unplugged/);
    expect((await request(broken).get(`/api/messages/${m.id}/raw`).expect(410)).body.error).toMatch(/unplugged/);
    const changed = createApp({
      driver: db.driver(),
      rawReader: async () => async () => new TextEncoder().encode('not the original'),
    });
    expect((await request(changed).get(`/api/messages/${m.id}/raw`).expect(410)).body.error).toMatch(
      /changed since the ingest/,
    );
  });

  it('gives the verification status and signals the graph holds for a message', async () => {
    const [m] = (await rows<{ id: string; status: string | null; kinds: string[] }>(
      db.driver(),
      'MATCH (m:Message) RETURN m.id AS id, m.status AS status, [(m)-[:FLAGGED]->(s:Signal) | s.kind] AS kinds ORDER BY size(kinds) DESC, m.id LIMIT 1',
    )) as [{ id: string; status: string | null; kinds: string[] }];
    const body = (await request(app).get(`/api/messages/${m.id}`).expect(200)).body as MessageDetail;
    expect(body.status).toBe(m.status);
    expect(body.signals.map((s) => s.kind).sort()).toEqual([...m.kinds].sort());
  });

  it('answers 404 for an unknown message, in JSON', async () => {
    const res = await request(app).get('/api/messages/0000').expect(404);
    expect(res.body).toEqual({ error: 'no message 0000' });
    await request(app).get('/api/messages/0000/raw').expect(404);
  });
});
