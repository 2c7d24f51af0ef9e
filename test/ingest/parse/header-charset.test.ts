/**
 * Issue 15: the alias "Correo electr�nico". Display names written as raw 8-bit text (Outlook's
 * Spanish "(Correo electrónico)" suffix, as Exchange exports left it) decode as the message's
 * charset, raw UTF-8 names in X- headers decode as UTF-8, and the Subject (part of Message.id) is
 * decoded exactly as before. The messages are built here byte by byte, so the bytes under test
 * are known: ó is F3 in Latin-1 and C3 B3 in UTF-8; ’ is 92 in Windows-1252.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';

import { messageKey } from '../../../ingest/extract/ids.js';
import { headerBlockEnd, reencodeAddressHeaders } from '../../../ingest/parse/header-charset.js';
import { parseMessage } from '../../../ingest/parse/parse-message.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function message(encode: (text: string) => Buffer, contentType?: string, subject = 'Budget'): Buffer {
  return Buffer.concat([
    encode('From: "Kenneth Lay (Correo electrónico)" <kenneth.lay@enron.com>\r\n'),
    encode('X-From: Kenneth Lay (Correo electrónico) <kenneth.lay@enron.com>\r\n'),
    latin1('To: "Jeff Skilling" <jeff.skilling@enron.com>,\r\n'),
    encode('\t"Peña, María" <maria.pena@enron.com>\r\n'),
    latin1('X-To: Jeff Skilling, Peña, María\r\n'.replace('ñ', 'n').replace('í', 'i')),
    encode(`Subject: ${subject}\r\n`),
    latin1('Date: Mon, 14 May 2001 16:39:00 -0700\r\n'),
    ...(contentType ? [latin1(`Content-Type: ${contentType}\r\n`)] : []),
    latin1('\r\nSee the attached budget.\r\n'),
  ]);
}

describe('display names in raw 8-bit headers (issue 15)', () => {
  it('decodes Latin-1 names by the declared charset, in From, folded To lines and X-From', async () => {
    const parsed = await parseMessage(message(latin1, 'text/plain; charset=iso-8859-1'));
    expect(parsed.from).toEqual({
      email: 'kenneth.lay@enron.com',
      name: 'Kenneth Lay (Correo electrónico)',
      kind: 'smtp',
    });
    expect(parsed.to.map((a) => a.name)).toEqual(['Jeff Skilling', 'Peña, María']);
    expect(parsed.headers['x-from']).toBe('Kenneth Lay (Correo electrónico) <kenneth.lay@enron.com>');
    for (const a of [parsed.from!, ...parsed.to]) expect(a.name).not.toContain('\ufffd');
  });

  it('falls back to Windows-1252 when the message declares no charset', async () => {
    const bytes = Buffer.concat([
      latin1('From: "Dan O'),
      Buffer.from([0x92]), // Windows-1252 right single quotation mark
      latin1('Neil" <dan.oneil@enron.com>\r\nTo: a@enron.com\r\nSubject: x\r\n\r\nbody\r\n'),
    ]);
    expect((await parseMessage(bytes)).from?.name).toBe('Dan O\u2019Neil');
  });

  it('reads raw UTF-8 names as UTF-8, in X- headers too (they were Latin-1 mojibake)', async () => {
    const parsed = await parseMessage(message(utf8));
    expect(parsed.from?.name).toBe('Kenneth Lay (Correo electrónico)');
    expect(parsed.headers['x-from']).toBe('Kenneth Lay (Correo electrónico) <kenneth.lay@enron.com>');
  });

  it('leaves the Subject as mailparser decodes it, so Message.id does not change', async () => {
    const bytes = message(latin1, 'text/plain; charset=iso-8859-1', 'Presupuesto año 2001');
    const parsed = await parseMessage(bytes);
    const plain = await simpleParser(bytes);
    expect(parsed.subject).toBe(plain.subject);
    // The id is computed from fields the re-encoding does not touch: the same message with ASCII names has it too.
    const ascii = await parseMessage(
      Buffer.from(
        bytes
          .toString('latin1')
          .replace(/electrónico/g, 'electronico')
          .replace(/Peña, María/, 'Pena, Maria'),
        'latin1',
      ),
    );
    expect(messageKey(parsed)).toBe(messageKey(ascii));
  });

  it('returns the very same buffer when nothing needs re-encoding, and keeps the body bytes', () => {
    const ascii = latin1('From: a@b.com\r\nSubject: x\r\n\r\nna\xefve body\r\n');
    expect(reencodeAddressHeaders(ascii)).toBe(ascii);
    const bytes = message(latin1, 'text/plain; charset=iso-8859-1');
    const out = reencodeAddressHeaders(bytes);
    expect(out.subarray(headerBlockEnd(out)).equals(bytes.subarray(headerBlockEnd(bytes)))).toBe(true);
  });
});
