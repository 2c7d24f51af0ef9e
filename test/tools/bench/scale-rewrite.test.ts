// The ×N corpus copies (tools/bench/scale/rewrite.ts) read back by mailparser, an independent
// parser: each copy is a distinct message (own Message-ID, thread links, date, subject) with the
// same participants and the same body as the real Enron message it came from.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';

import { YEARS_PER_COPY, scaledCopy } from '../../../tools/bench/scale/rewrite.js';
import { missingShared, sharedPath } from '../../support/shared.js';

const SAMPLE = 'fixtures/enron-dev-sample/maildir';

function someMessages(count: number): string[] {
  return readdirSync(sharedPath(SAMPLE), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .slice(0, count);
}

describe.skipIf(missingShared(SAMPLE))('scale corpus copies', () => {
  it('keeps participants and body, and gives each copy its own identity, year and subject', async () => {
    for (const path of someMessages(40)) {
      const raw = readFileSync(path);
      const original = await simpleParser(raw);
      for (const k of [1, 3]) {
        const copy = await simpleParser(scaledCopy(raw, k));
        expect(copy.from?.text).toBe(original.from?.text);
        expect(JSON.stringify(copy.to)).toBe(JSON.stringify(original.to));
        expect(copy.text).toBe(original.text);
        expect(copy.subject).toBe(`${original.subject ?? ''} [copy ${k}]`.trimStart());
        expect(copy.messageId).not.toBe(original.messageId);
        expect(copy.messageId?.replace(`x${k}.`, '')).toBe(original.messageId);
        const shifted = new Date(original.date!);
        shifted.setUTCFullYear(shifted.getUTCFullYear() + YEARS_PER_COPY * k);
        expect(copy.date?.toISOString()).toBe(shifted.toISOString());
      }
    }
  });

  it('marks every id of a thread so replies stay linked inside one copy', async () => {
    const raw = Buffer.from(
      'Message-ID: <b@x>\r\nIn-Reply-To: <a@x>\r\nReferences: <r@x>\r\n <a@x>\r\nSubject: Re: hi\r\n\r\nbody\r\n',
    );
    const copy = await simpleParser(scaledCopy(raw, 2));
    expect(copy.messageId).toBe('<x2.b@x>');
    expect(copy.inReplyTo).toBe('<x2.a@x>');
    expect(copy.references).toEqual(['<x2.r@x>', '<x2.a@x>']);
    expect(scaledCopy(raw, 0)).toBe(raw);
  });
});
