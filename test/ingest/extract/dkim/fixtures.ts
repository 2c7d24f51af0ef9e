/**
 * Test support for issue 7: the shared DKIM fixtures and the mboxrd splitter.
 *
 * The answer key (../shared/fixtures/dkim/verification-results.tsv) was computed with the keys of
 * keys/dns-txt.json plus the test keys that ship with the fixtures (mailauth's ec/fixtures/dns.json
 * for the RFC 8463 football.example.com vectors, which dkimpy's rfc6376.signed.msg uses too).
 */
import { readFileSync } from 'node:fs';

import { sharedPath } from '../../../support/shared.js';

export const DKIM_DIR = 'fixtures/dkim';
export const LINUX_MAN = 'fixtures/mailing-lists/linux-man-first500.mboxrd';

export function answerKeyStorePaths(): string[] {
  return [
    sharedPath(`${DKIM_DIR}/keys/dns-txt.json`),
    sharedPath(`${DKIM_DIR}/mailauth/test/dkim/ec/fixtures/dns.json`),
  ];
}

export interface ExpectedSignature {
  domain: string;
  selector: string;
  keyAvailable: boolean;
  verified: boolean;
}

export interface AnswerKeyRow {
  file: string;
  count: number;
  signatures: ExpectedSignature[];
}

/** verification-results.tsv: file, dkim_signatures, "d=…;s=…;key_available=…;verified=… | …". */
export function readAnswerKey(): AnswerKeyRow[] {
  const lines = readFileSync(sharedPath(`${DKIM_DIR}/verification-results.tsv`), 'utf8')
    .trim()
    .split('\n');
  if (lines[0] !== 'file\tdkim_signatures\tresults(d=;s=;verified)')
    throw new Error(`unexpected answer key header: ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const [file, count, results = ''] = line.split('\t');
    const signatures = results
      .split(' | ')
      .filter(Boolean)
      .map((entry) => {
        const f = Object.fromEntries(entry.split(';').map((kv) => kv.split('=') as [string, string]));
        return {
          domain: f.d!,
          selector: f.s!,
          keyAvailable: f.key_available === 'True',
          verified: f.verified === 'True',
        };
      });
    return { file: file!, count: Number(count), signatures };
  });
}

export function readFixture(file: string): Buffer {
  return readFileSync(sharedPath(`${DKIM_DIR}/${file}`));
}

export interface MboxMessage {
  bytes: Buffer;
  /** Byte offset of the message (after its "From " line) in the file. */
  offset: number;
}

/**
 * Splits an mboxrd file: every line starting "From " separates messages (body lines that start so
 * were quoted to ">From "), one ">" is removed from ">…>From " lines, and the newline the writer put
 * before the next separator is dropped.
 */
export function splitMboxrd(file: Buffer): MboxMessage[] {
  const text = file.toString('latin1'); // byte-preserving
  const messages: MboxMessage[] = [];
  const separator = /^From [^\n]*\n/gm;
  const starts: { at: number; body: number }[] = [];
  for (let m = separator.exec(text); m; m = separator.exec(text))
    starts.push({ at: m.index, body: m.index + m[0].length });
  for (const [i, s] of starts.entries()) {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    const raw = text
      .slice(s.body, end)
      .replace(/\n$/, '')
      .replace(/^>(>*From )/gm, '$1');
    messages.push({ bytes: Buffer.from(raw, 'latin1'), offset: s.body });
  }
  return messages;
}
