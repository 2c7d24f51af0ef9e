/**
 * The demo mailbox (demo/): every file parses, it has the size, spread and language mix the
 * project promises, every anomaly listed in manifest.json is really in the files (checked from the
 * raw bytes and from parseMessage), and the generator reproduces the committed files byte for byte.
 * Unit test: no database.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { projectRoot } from '../../db/paths.js';
import { writeDemoMailbox } from '../../demo/generate.js';
import type { Manifest } from '../../demo/compose/manifest.js';
import type { ParsedMessage } from '../../ingest/model.js';
import { parseMessage } from '../../ingest/parse/parse-message.js';
import { attachmentHashes, decodeBody, headerValues, leafParts, sha256 } from './raw-mime.js';

const DEMO = join(projectRoot(), 'demo');
const MAILBOX = join(DEMO, 'mailbox');

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.eml'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every file of the mailbox tree: mail and the loose documents beside it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// Function words that (almost) only one of the two languages uses; quoted history is left out.
const FRENCH =
  /(?<![\p{L}'])(le|la|les|des|de|du|et|est|pour|avec|nous|vous|que|qui|une|un|pas|dans|sur|je|ce|au|aux|en|à|il|ne|se|sont|mais)(?!\p{L})/giu;
const ENGLISH =
  /(?<![\p{L}'])(the|and|is|to|of|for|we|you|with|that|this|on|in|be|are|it|a|an|our|will|not|have|at|by|or|but)(?!\p{L})/giu;
const QUOTE_START = /\n(?:>|-----|-------- |----- |Le .+ a écrit|On .+ wrote:|Début du message)/;

function looksFrench(text: string): boolean {
  const own = text.split(QUOTE_START)[0] ?? text;
  return (own.match(FRENCH)?.length ?? 0) > (own.match(ENGLISH)?.length ?? 0);
}

const PREFIX = /^\s*((re|ré|réf\.?|tr|fw|fwd|aw)\s*:\s*)+/i;
const subjectKey = (s: string) => s.replace(PREFIX, '').trim().toLowerCase();

describe('demo mailbox (demo/)', () => {
  const files = emlFiles(MAILBOX);
  const raw = new Map<string, Buffer>();
  const parsed = new Map<string, ParsedMessage>();
  const failures: string[] = [];
  const manifest = JSON.parse(readFileSync(join(DEMO, 'manifest.json'), 'utf8')) as Manifest;
  const text = (file: string) => raw.get(file)!.toString('latin1');
  const p = (file: string) => {
    const found = parsed.get(file);
    if (!found) throw new Error(`${file}: listed in manifest.json but not among the parsed demo files`);
    return found;
  };

  beforeAll(async () => {
    for (const file of files) {
      const bytes = readFileSync(join(MAILBOX, file));
      raw.set(file, bytes);
      try {
        parsed.set(file, await parseMessage(bytes));
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message}`);
      }
    }
  });

  /** One entry per distinct message: Message-ID (or its absence) plus the body, so copies collapse. */
  const distinct = () => {
    const byKey = new Map<string, ParsedMessage>();
    for (const m of parsed.values()) byKey.set(`${m.messageId ?? '-'}\n${sha256(Buffer.from(m.text))}`, m);
    return [...byKey.values()];
  };

  it('parses every file, under 2 MB in all', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(failures).toEqual([]);
    const bytes = [...raw.values()].reduce((n, b) => n + b.length, 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('holds 150–300 distinct messages in 50+ threads over 4–6 months, at least 30% in French', () => {
    const messages = distinct();
    expect(messages.length).toBeGreaterThanOrEqual(150);
    expect(messages.length).toBeLessThanOrEqual(300);
    expect(new Set(messages.map((m) => subjectKey(m.subject))).size).toBeGreaterThanOrEqual(50);
    const times = messages.flatMap((m) => (m.date ? [Date.parse(m.date.utc)] : []));
    const days = (Math.max(...times) - Math.min(...times)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(120);
    expect(days).toBeLessThanOrEqual(186);
    const french = messages.filter((m) => looksFrench(m.text)).length;
    expect(french / messages.length).toBeGreaterThanOrEqual(0.3);
    expect(french / messages.length).toBeLessThan(0.9);
  });

  it('has the same message in several mailboxes, with identical content', () => {
    const byId = new Map<string, string[]>();
    for (const [file, m] of parsed) if (m.messageId) byId.set(m.messageId, [...(byId.get(m.messageId) ?? []), file]);
    const shared = [...byId.values()].filter((list) => new Set(list.map((f) => f.split('/')[0])).size >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(30);
    const sample = shared.find((list) => list.length >= 3)!;
    expect(new Set(sample.map((f) => p(f).text)).size).toBe(1);
  });

  it('mixes charsets and transfer encodings, and encodes accented display names (RFC 2047)', () => {
    const seen = new Set<string>();
    for (const file of files) {
      for (const part of leafParts(text(file))) {
        const charset = /charset="?([\w-]+)/i.exec(part.headers)?.[1]?.toLowerCase();
        const transfer = /content-transfer-encoding:\s*([\w-]+)/i.exec(part.headers)?.[1]?.toLowerCase();
        if (charset && transfer) seen.add(`${charset} ${transfer}`);
      }
    }
    for (const combo of [
      'iso-8859-1 quoted-printable',
      'windows-1252 quoted-printable',
      'utf-8 base64',
      'utf-8 8bit',
      'iso-8859-1 8bit',
    ])
      expect(seen).toContain(combo);
    const encodedNames = files.filter((f) => headerValues(text(f), 'From').some((v) => v.includes('=?')));
    expect(encodedNames.length).toBeGreaterThan(20);
    const fromNames = new Set([...parsed.values()].map((m) => m.from?.name ?? ''));
    for (const name of [
      'Hélène Marchand',
      'François Dubreuil',
      'Anne-Sophie de La Roche',
      'Gaëlle Kerjean',
      'Léa Fontaine',
      "Daniel O'Connor",
    ])
      expect(fromNames).toContain(name);
  });

  it('carries the doctored copy: one Message-ID, two different bodies', () => {
    const { messageId, genuine, doctored, replaced } = manifest.doctored;
    expect(genuine.length).toBeGreaterThan(0);
    expect(doctored.length).toBeGreaterThan(0);
    for (const f of [...genuine, ...doctored]) expect(p(f).messageId).toBe(messageId);
    expect(new Set(genuine.map((f) => p(f).text)).size).toBe(1);
    const [original, altered] = [p(genuine[0]!).text, p(doctored[0]!).text];
    expect(altered).not.toBe(original);
    for (const [from, to] of replaced) {
      expect(original).toContain(from);
      expect(altered).toContain(to);
      expect(altered).not.toContain(from);
    }
    expect(p(doctored[0]!).subject).toBe(p(genuine[0]!).subject);
  });

  it('has a message without Message-ID and one with an unreadable Date', () => {
    expect(manifest.noMessageId.files.length).toBeGreaterThan(0);
    for (const f of manifest.noMessageId.files) {
      expect(headerValues(text(f), 'Message-ID')).toEqual([]);
      expect(p(f).messageId).toBeUndefined();
    }
    expect(manifest.malformedDate.files.length).toBeGreaterThan(0);
    for (const f of manifest.malformedDate.files) {
      expect(headerValues(text(f), 'Date')).toEqual([manifest.malformedDate.dateRaw]);
      expect(p(f).date).toBeUndefined();
      expect(p(f).dateRaw).toBe(manifest.malformedDate.dateRaw);
    }
  });

  it('has one person writing from two addresses, and one address under two spellings', () => {
    for (const person of manifest.twoAddresses) {
      expect(person.addresses.length).toBeGreaterThanOrEqual(2);
      for (const [email, list] of Object.entries(person.filesFrom)) {
        expect(list.length).toBeGreaterThan(0);
        for (const f of list) expect(p(f).from).toMatchObject({ email, name: person.name });
      }
    }
    for (const address of manifest.twoSpellings) {
      expect(address.names.length).toBeGreaterThanOrEqual(2);
      for (const [name, list] of Object.entries(address.filesFrom)) {
        expect(list.length).toBeGreaterThan(0);
        for (const f of list) expect(p(f).from).toMatchObject({ email: address.email, name });
      }
    }
    expect(manifest.twoAddresses.length + manifest.twoSpellings.length).toBeGreaterThanOrEqual(2);
  });

  it('attaches one file to different messages under different names (same SHA-256)', () => {
    expect(manifest.sharedAttachments.length).toBeGreaterThan(0);
    for (const shared of manifest.sharedAttachments) {
      for (const { file, name } of shared.occurrences) {
        expect(attachmentHashes(text(file))).toContain(shared.sha256);
        expect(p(file).attachments).toContainEqual(expect.objectContaining({ name, sha256: shared.sha256 }));
      }
      expect(new Set(shared.occurrences.map((o) => o.name)).size).toBeGreaterThanOrEqual(2);
      expect(new Set(shared.occurrences.map((o) => p(o.file).messageId)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('has an HTML-only newsletter with a remote tracking pixel and a script, and a text+HTML message', () => {
    const { files: trackerFiles, trackerHost } = manifest.htmlTracker;
    for (const f of trackerFiles) {
      const parts = leafParts(text(f));
      expect(parts.map((part) => /content-type:\s*([\w/]+)/i.exec(part.headers)?.[1])).toEqual(['text/html']);
      const html = decodeBody(parts[0]!).toString('utf8');
      expect(html).toMatch(new RegExp(`<img[^>]+src="http://${trackerHost.replace('.', '\\.')}/pixel\\.gif\\?u=`));
      expect(html).toMatch(/<script/i);
      expect(p(f).hasHtml).toBe(true);
    }
    for (const f of manifest.multipartAlternative.files) {
      expect(headerValues(text(f), 'Content-Type')[0]).toMatch(/^multipart\/alternative/);
      const types = leafParts(text(f)).map((part) => /content-type:\s*([\w/]+)/i.exec(part.headers)?.[1]);
      expect(types).toEqual(['text/plain', 'text/html']);
      expect(p(f).hasHtml).toBe(true);
      expect(p(f).text.length).toBeGreaterThan(100);
    }
  });

  it('has a raw UTF-8 Subject header that still decodes', () => {
    for (const f of manifest.rawUtf8Subject.files) {
      const line = headerValues(text(f), 'Subject')[0]!;
      expect(Buffer.from(line, 'latin1').toString('utf8')).toBe(manifest.rawUtf8Subject.subject);
      expect(p(f).subject).toBe(manifest.rawUtf8Subject.subject);
    }
  });

  it('has replies and forwards that only a subject fallback can thread', () => {
    const ids = new Set([...parsed.values()].map((m) => m.messageId));
    const prefixes = new Set<string>();
    expect(manifest.subjectFallback.length).toBeGreaterThanOrEqual(5);
    for (const entry of manifest.subjectFallback) {
      expect(ids).toContain(entry.parentMessageId);
      for (const f of entry.files) {
        const m = p(f);
        expect(m.messageId).toBe(entry.messageId);
        expect(m.inReplyTo).toBeUndefined();
        expect(m.references).toEqual([]);
        expect(subjectKey(m.subject)).toBe(subjectKey(entry.parentSubject));
        prefixes.add(/^\s*(\S+\s?:)/.exec(m.subject)![1]!.replace(/\s/g, '').toLowerCase());
      }
    }
    for (const prefix of ['re:', 'tr:', 'fwd:', 'réf.:']) expect(prefixes).toContain(prefix);
  });

  it('shows Bcc only in the sender’s copy', () => {
    expect(manifest.bccOnlyInSenderCopy.length).toBeGreaterThan(0);
    for (const entry of manifest.bccOnlyInSenderCopy) {
      for (const f of entry.senderCopies) expect(p(f).bcc.map((a) => a.email)).toEqual(entry.bcc);
      for (const f of entry.recipientCopies) {
        expect(headerValues(text(f), 'Bcc')).toEqual([]);
        expect(p(f).bcc).toEqual([]);
        expect(p(f).messageId).toBe(entry.messageId);
      }
    }
  });

  it('holds each document of manifest.json where it says: in every carrying file, or as the loose file', () => {
    const documents = manifest.documents;
    expect(documents.some((d) => d.carriers.length >= 3 && d.planted.length === 0)).toBe(true);
    expect(documents.filter((d) => d.loose.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const d of documents) {
      expect(d.carriers.length + d.loose.length).toBeGreaterThan(0);
      for (const c of d.carriers)
        for (const f of c.files) {
          expect(attachmentHashes(text(f))).toContain(d.sha256);
          const names = p(f)
            .attachments.filter((a) => a.sha256 === d.sha256)
            .map((a) => a.name);
          expect(names.length).toBeGreaterThan(0);
          for (const name of names) expect(d.names).toContain(name);
        }
      for (const l of d.loose) {
        const bytes = readFileSync(join(MAILBOX, l.path));
        // An archive entry is checked by the ingest test (demo-documents.db.test.ts), which opens the zip.
        if (!l.entry) expect(sha256(bytes)).toBe(d.sha256);
        expect(bytes.length).toBeLessThan(100 * 1024);
      }
    }
  });

  describe('regeneration', () => {
    let out: string;
    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), 'leakgraph-demo-'));
      await writeDemoMailbox(join(out, 'mailbox'), join(out, 'manifest.json'));
    });
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('reproduces the committed files (mail and loose documents) and manifest byte for byte', () => {
      const again = allFiles(join(out, 'mailbox'));
      expect(again).toEqual(allFiles(MAILBOX));
      expect(again.length).toBeGreaterThan(files.length);
      const differing = again.filter(
        (f) => !readFileSync(join(out, 'mailbox', f)).equals(readFileSync(join(MAILBOX, f))),
      );
      expect(differing).toEqual([]);
      expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(readFileSync(join(DEMO, 'manifest.json'), 'utf8'));
    });
  });
});
