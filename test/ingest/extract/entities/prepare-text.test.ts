/**
 * Issue 4, text preparation: quoted replies, forwarded blocks, signatures and disclaimers are not
 * extracted; mention offsets point into the original body. Real fixture messages; what is "quoted" is
 * located in each test by a plain search of the raw body, independent of the code under test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import { MAX_PREPARED_CHARS, prepareText } from '../../../../ingest/extract/entities/prepare/prepare-text.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { offsetOf, participantsOf, readMboxMessage, readShared } from './support.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';
const SPAM = 'fixtures/spamassassin-sample';
const LISTS = 'fixtures/mailing-lists/linux-man-first500.mboxrd';

function files(relative: string): string[] {
  return readdirSync(sharedPath(relative), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.md') && e.name !== 'LICENSE')
    .map((e) => join(e.parentPath, e.name).slice(sharedPath('').length))
    .sort();
}

describe.skipIf(missingShared(ENRON))('own words only, on Enron messages', () => {
  it('does not extract the names of an "-----Original Message-----" block (slinger-r/inbox/40)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/40.`);
    const quoteAt = offsetOf(message.text, '-----Original Message-----');
    const { mentions } = extractEntities({ text: message.text });
    const texts = mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['PwC', 'CAISO']));
    expect(mentions.every((m) => m.end <= quoteAt)).toBe(true);
    // Named only in the quoted ISO notice.
    expect(message.text.slice(quoteAt)).toContain('Vicken Kasarjian');
    expect(texts).not.toContain('Vicken Kasarjian');
  });

  it('does not extract the signature block after the sign-off (slinger-r/inbox/41)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/41.`);
    const signOff = offsetOf(message.text, 'Thanks.');
    const { mentions } = extractEntities({ text: message.text }, { participants: participantsOf(message) });
    const writer = mentions.find((m) => m.text === 'Garrett Stephenson');
    expect(writer?.start).toBeLessThan(signOff);
    expect(mentions.every((m) => m.start < signOff)).toBe(true);
    expect(message.text.slice(signOff)).toContain('Kane & Associates');
    expect(mentions.map((m) => m.text)).not.toContain('Kane & Associates');
  });

  it('cuts a legal disclaimer but keeps the words above it (zufferli-j/inbox/39)', async () => {
    const message = await readShared(`${ENRON}/zufferli-j/inbox/39.`);
    const disclaimerAt = offsetOf(message.text, 'This message contains confidential information');
    const prepared = prepareText(message.text);
    expect(prepared.text).not.toContain('confidential');
    const { mentions } = extractEntities({ text: message.text });
    expect(mentions.some((m) => m.text === 'Houston' && m.type === 'LOC')).toBe(true);
    expect(mentions.every((m) => m.end <= disclaimerAt)).toBe(true);
  });

  it('never extracts past the first reply or forward marker, on all 972 dev messages', async () => {
    // The boundaries Outlook and Lotus Notes wrote in 2001, found here by a plain search: a separator line, or
    // a date alone on its line right above "To:".
    const marker = /^[ \t>]*-{2,}\s*(?:Original Message|Forwarded by)|^\d\d\/\d\d\/\d{4} \d\d:\d\d [AP]M\s*\nTo:/im;
    let checked = 0;
    for (const file of files(ENRON)) {
      const message = await readShared(file);
      const found = marker.exec(message.text);
      if (!found) continue;
      checked++;
      const { mentions } = extractEntities({ text: message.text });
      const late = mentions.filter((m) => m.field === 'text' && m.end > found.index);
      expect(late, file).toEqual([]);
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe.skipIf(missingShared(LISTS))('interleaved replies on a mailing list', () => {
  it('keeps the answer under a French "Le … a écrit :" quote and drops the quote', async () => {
    // Brice Goglin's answer of 5 May 2019, under Michael Kerrisk's quoted reply.
    const message = await readMboxMessage(LISTS, '<cc08588f-4fbe-ee7f-ca11-f07530fd6379@inria.fr>');
    expect(message.text).toMatch(/Michael Kerrisk \(man-pages\) a écrit\s:/); // a no-break space before the colon
    const prepared = prepareText(message.text).text;
    expect(prepared).toContain('Oh, good point.');
    expect(prepared).not.toContain('a écrit');
    expect(prepared).not.toContain('Hello Brice');
    const texts = extractEntities({ text: message.text }).mentions.map((m) => m.text);
    // Both are named only in the attribution and the quoted lines.
    expect(texts).not.toContain('Michael Kerrisk');
    expect(texts).not.toContain('Brice Goglin');
  });
});

describe.skipIf(missingShared(SPAM) || missingShared(ENRON))('offsets and markup on every fixture message', () => {
  it('maps each mention back to its exact words in the original body or subject', async () => {
    let mentions = 0;
    for (const file of [...files(ENRON), ...files(SPAM)]) {
      const message = await readShared(file);
      const result = extractEntities({ text: message.text, subject: message.subject });
      for (const m of result.mentions) {
        const source = m.field === 'text' ? message.text : message.subject;
        expect(source.slice(m.start, m.end), `${file} ${m.key}`).toBe(m.text);
        mentions++;
      }
    }
    expect(mentions).toBeGreaterThan(1000);
  });

  it('lets no HTML tag or character reference into a mention of an HTML message', async () => {
    let htmlMessages = 0;
    for (const file of files(SPAM)) {
      const message = await readShared(file);
      if (!message.hasHtml) continue;
      htmlMessages++;
      const { mentions } = extractEntities({ text: message.text, subject: message.subject });
      const leaked = mentions.filter((m) => /[<>]|&#?\w+;|nbsp/i.test(m.text));
      expect(leaked, file).toEqual([]);
    }
    expect(htmlMessages).toBeGreaterThan(20);
  });
});

describe('text preparation on the header blocks mail clients write', () => {
  // Hand-written in the layouts Outlook and Thunderbird produce in French; the real fixtures hold none.
  it.each([
    ['De : Marie Durand\nEnvoyé : lundi 3 mars 2003 10:12\nÀ : Paul Martin\nObjet : rapport'],
    ["-----Message d'origine-----\nDe : Marie Durand"],
    ['Le lun. 3 mars 2003 à 10:12, Marie Durand <m.durand@exemple.fr> a\nécrit :\nLe rapport de Marie Durand'],
    ['From: Marie Durand\nSent: Monday, March 3, 2003 10:12 AM\nTo: Paul Martin\nSubject: report'],
  ])("cuts the quoted message after the writer's words: %j", (quoted) => {
    const own = 'Merci Jacques, je transmets à Lyon.';
    const prepared = prepareText(`${own}\n\n${quoted}\nMarie Durand a écrit le rapport.`).text;
    expect(prepared.trim()).toBe(own);
  });

  it('caps the prepared text at MAX_PREPARED_CHARS and says so', () => {
    const long = 'Les équipes de Lyon ont terminé le rapport. '.repeat(1000);
    const prepared = prepareText(long);
    expect(prepared.truncated).toBe(true);
    expect(prepared.text.length).toBeLessThanOrEqual(MAX_PREPARED_CHARS);
  });
});
