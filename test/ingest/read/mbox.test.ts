/**
 * mbox splitting (issue 3): counts on the real mailing-list fixtures against separators counted
 * independently from the raw text, the same split whatever the chunk size and line ending,
 * offsets that point at the message bytes, and the ">From " rule of each variant.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { MboxSplitter, mboxVariantOf, unquoteMbox } from '../../../ingest/read/mbox-split.js';
import { missingShared, sharedPath } from '../../support/shared.js';
import { readAll, tempDir } from './read-helpers.js';

const LISTS = 'fixtures/mailing-lists';
const FILES = ['rlug-mime4j.mbox', 'linux-man-first500.mboxrd'];

/** Separators by the rule: "From " at the start of the file or right after an empty line. */
function countSeparators(text: string): number {
  return (text.match(/(?:^|\n\r?\n)From /g) ?? []).length;
}

function split(bytes: Buffer, chunk: number, variant = mboxVariantOf('x.mbox', bytes), max = 1 << 30) {
  const splitter = new MboxSplitter(variant, max);
  const out = [];
  for (let i = 0; i < bytes.length; i += chunk) out.push(...splitter.push(bytes.subarray(i, i + chunk)));
  out.push(...splitter.end());
  return out;
}

const tmp = tempDir('mbox');
afterAll(() => tmp.remove());

describe.skipIf(missingShared(LISTS))('mbox fixtures', () => {
  for (const file of FILES) {
    it(`splits ${file} into as many messages as it has separators`, async () => {
      const path = sharedPath(`${LISTS}/${file}`);
      const bytes = readFileSync(path);
      const expected = countSeparators(bytes.toString('latin1'));
      expect(expected).toBeGreaterThan(0);
      const { messages, issues } = await readAll([path]);
      expect(issues).toEqual([]);
      expect(messages).toHaveLength(expected);
      messages.forEach((m, i) => {
        expect(m.source.format).toBe('mbox');
        expect(m.source.position).toBe(String(i + 1));
        expect(m.source.mailbox).toBe(file.replace(/\.mbox(rd)?$/, ''));
        // The region is the message: right after a From_ line, and (unquoted) the message bytes.
        const region = bytes.subarray(m.source.offset!, m.source.offset! + m.source.length!);
        expect(bytes.subarray(Math.max(0, m.source.offset! - 300), m.source.offset!).toString('latin1')).toMatch(
          /(^|\n)From [^\n]*\n$/,
        );
        expect(Buffer.from(m.bytes).equals(unquoteMbox(region, mboxVariantOf(file, bytes)))).toBe(true);
        expect(Buffer.from(m.bytes).toString('latin1')).toMatch(/^[!-9;-~]+:/);
      });
    });

    it(`splits ${file} the same whatever the chunk size`, () => {
      const bytes = readFileSync(sharedPath(`${LISTS}/${file}`));
      const reference = split(bytes, 1 << 20);
      for (const chunk of bytes.length < 100_000 ? [1, 2, 3, 7, 64, 4096] : [61, 4096, 65_536]) {
        const got = split(bytes, chunk);
        expect(got.map((m) => [m.offset, m.length, m.separator])).toEqual(
          reference.map((m) => [m.offset, m.length, m.separator]),
        );
        expect(got.every((m, i) => m.bytes!.equals(reference[i]!.bytes!))).toBe(true);
      }
    });

    it(`splits ${file} with CRLF line endings into the same messages`, async () => {
      const lf = readFileSync(sharedPath(`${LISTS}/${file}`));
      const crlfPath = join(tmp.dir, `crlf-${file}`);
      writeFileSync(crlfPath, Buffer.from(lf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'));
      const [a, b] = [await readAll([sharedPath(`${LISTS}/${file}`)]), await readAll([crlfPath])];
      expect(b.messages).toHaveLength(a.messages.length);
      b.messages.forEach((m, i) => {
        expect(Buffer.from(m.bytes).toString('latin1')).toBe(
          Buffer.from(a.messages[i]!.bytes).toString('latin1').replace(/\n/g, '\r\n'),
        );
      });
    });
  }
});

describe('">From " quoting', () => {
  const body = [
    'From: a@example.com',
    'Subject: quoting',
    '',
    'From the start',
    '>From quoted once',
    '>>From quoted twice',
    ' From indented',
    '',
  ].join('\n');

  it('mboxrd: every /^>+From / line loses one ">", which restores the original', () => {
    // What an mboxrd writer makes of `body`: one ">" more on every /^>*From / line.
    const quoted = body.replace(/^(>*From )/gm, '>$1');
    const mbox = Buffer.from(
      `From mboxrd@z Thu Jan  1 00:00:00 1970\n${quoted}\nFrom mboxrd@z Thu Jan  1 00:00:00 1970\n${quoted}`,
    );
    expect(mboxVariantOf('list.mbox', mbox)).toBe('mboxrd');
    const got = split(mbox, 5);
    expect(got).toHaveLength(2);
    for (const m of got) expect(m.bytes!.toString()).toBe(body);
  });

  it('mboxo: only lines starting exactly ">From " lose their ">"', () => {
    // What Python's mailbox (mboxo) makes of `body`: "From " lines get a ">", nothing else changes.
    const quoted = body.replace(/^From /gm, '>From ');
    const mbox = Buffer.from(
      `From MAILER-DAEMON Mon Jan  1 00:00:00 2001\n${quoted}\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2001\n${quoted}`,
    );
    expect(mboxVariantOf('enron.south-s.sent', mbox)).toBe('mboxo');
    const got = split(mbox, 3);
    expect(got).toHaveLength(2);
    // The original ">From quoted once" cannot be told from a quoted "From ": mboxo loses it.
    const expected = body.replace('>From quoted once', 'From quoted once');
    for (const m of got) expect(m.bytes!.toString()).toBe(expected);
  });

  it('a "From " line not preceded by an empty line does not split a message', () => {
    const mbox = Buffer.from(
      'From x Mon Jan  1 00:00:00 2001\nSubject: one\n\nline\nFrom here on, unquoted\n\nFrom y Mon Jan  1 00:00:00 2001\nSubject: two\n\nbody\n',
    );
    const got = split(mbox, 4, 'mboxo');
    expect(got.map((m) => m.bytes!.toString())).toEqual([
      'Subject: one\n\nline\nFrom here on, unquoted\n',
      'Subject: two\n\nbody\n',
    ]);
  });
});

describe('mbox limits and oddities', () => {
  it('reports a message over the size cap (naming the option) and reads the others', async () => {
    const big = `Subject: big\n\n${'x'.repeat(5000)}\n`;
    const path = join(tmp.dir, 'capped.mbox');
    writeFileSync(
      path,
      `From a Mon Jan  1 00:00:00 2001\nSubject: small\n\nhi\n\nFrom b Mon Jan  1 00:00:00 2001\n${big}\nFrom c Mon Jan  1 00:00:00 2001\nSubject: last\n\nbye\n`,
    );
    const { messages, issues } = await readAll([path], { maxMessageBytes: 1000 });
    expect(messages.map((m) => m.source.position)).toEqual(['1', '3']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ lostMessage: true, stage: 'read', source: { position: '2' } });
    expect(issues[0]!.error).toContain('--max-message-mb');
  });

  it('a separator line longer than the limit: its message is reported, the next ones read (issue 14)', async () => {
    const path = join(tmp.dir, 'long-separator.mbox');
    writeFileSync(
      path,
      `From a Mon Jan  1 00:00:00 2001\nSubject: one\n\nhi\n\nFrom ${'y'.repeat(5000)}\nSubject: two\n\nbody\n\nFrom c Mon Jan  1 00:00:00 2001\nSubject: three\n\nbye\n`,
    );
    const { messages, issues } = await readAll([path], { maxMessageBytes: 1000 });
    expect(messages.map((m) => m.source.position)).toEqual(['1', '3']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ lostMessage: true, source: { position: '2' } });
    expect(issues[0]!.error).toMatch(
      /^its separator line \("From y{195}…"\) alone is 5006 bytes long, over the 1000-byte limit/,
    );
    // Split in small chunks the same.
    const got = split(readFileSync(path), 7, 'mboxo', 1000);
    expect(got.map((m) => [m.index, m.bytes !== undefined, m.separatorLength])).toEqual([
      [1, true, 32],
      [2, false, 5006],
      [3, true, 32],
    ]);
  });

  it('reports an empty message as a lost message', async () => {
    const path = join(tmp.dir, 'odd.mbox');
    writeFileSync(
      path,
      'From a Mon Jan  1 00:00:00 2001\nSubject: one\n\nhi\n\nFrom b Mon Jan  1 00:00:00 2001\n\nFrom c Mon Jan  1 00:00:00 2001\nSubject: three\n\nbye\n',
    );
    const { messages, issues } = await readAll([path]);
    expect(messages.map((m) => m.source.position)).toEqual(['1', '3']);
    expect(issues.map((i) => [i.source.position, i.lostMessage])).toEqual([['2', true]]);
  });
});
