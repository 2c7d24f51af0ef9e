/**
 * Issues 4 and 16, text preparation: quoted replies, forwarded blocks and signatures are read with their
 * context (whose words they are), reply headers, attributions and disclaimers are not read; mention
 * offsets point into the original body. Real fixture messages; what is "quoted" is located in each test by
 * a plain search of the raw body, independent of the code under test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import {
  MAX_OTHERS_CHARS,
  MAX_PREPARED_CHARS,
  MAX_QUOTED_CHARS,
  prepareText,
} from '../../../../ingest/extract/entities/prepare/prepare-text.js';
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

const OTHERS = ['quoted', 'forwarded'];
const WRITERS = ['own', 'signature'];

describe.skipIf(missingShared(ENRON))('whose words, on Enron messages', () => {
  it('reads an "-----Original Message-----" block as quoted, not as the writer\'s words (slinger-r/inbox/40)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/40.`);
    const quoteAt = offsetOf(message.text, '-----Original Message-----');
    const { mentions } = extractEntities({ text: message.text, subject: message.subject });
    const body = mentions.filter((m) => m.field === 'text');
    expect(body.filter((m) => m.end <= quoteAt).map((m) => m.text)).toEqual(expect.arrayContaining(['PwC', 'CAISO']));
    for (const m of body) expect(m.end <= quoteAt ? WRITERS : OTHERS, m.text).toContain(m.context);
    // Named only in the quoted ISO notice, within the budget read of other people's words.
    expect(message.text.slice(quoteAt)).toContain('Vicken Kasarjian');
    expect(body.find((m) => m.text === 'Vicken Kasarjian')?.context).toMatch(/quoted|forwarded/);
  });

  it('reads the signature block after the sign-off as the signature (slinger-r/inbox/41)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/41.`);
    const signOff = offsetOf(message.text, 'Thanks.');
    const { mentions } = extractEntities({ text: message.text }, { participants: participantsOf(message) });
    const writer = mentions.find((m) => m.text === 'Garrett Stephenson');
    expect(writer?.start).toBeLessThan(signOff);
    expect(message.text.slice(signOff)).toContain('Kane & Associates');
    expect(mentions.find((m) => m.text === 'Kane & Associates')?.context).toBe('signature');
    for (const m of mentions) expect(m.start < signOff ? 'own' : 'signature', m.text).toBe(m.context);
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

  it("never takes text past the first reply or forward marker for the writer's, on all 972 dev messages", async () => {
    // The boundaries Outlook and Lotus Notes wrote in 2001, found here by a plain search: a separator line, or
    // a date alone on its line right above "To:".
    const marker = /^[ \t>]*-{2,}\s*(?:Original Message|Forwarded by)|^\d\d\/\d\d\/\d{4} \d\d:\d\d [AP]M\s*\nTo:/im;
    let checked = 0;
    let others = 0;
    for (const file of files(ENRON)) {
      const message = await readShared(file);
      const found = marker.exec(message.text);
      if (!found) continue;
      checked++;
      const { mentions } = extractEntities({ text: message.text, subject: message.subject });
      const late = mentions.filter((m) => m.field === 'text' && m.end > found.index);
      others += late.length;
      expect(
        late.filter((m) => !OTHERS.includes(m.context)),
        file,
      ).toEqual([]);
      // Other people's words are read within their budget only.
      const lastLate = late.at(-1);
      if (lastLate) expect(lastLate.start - found.index).toBeLessThan(MAX_OTHERS_CHARS * 40);
    }
    expect(checked).toBeGreaterThan(100);
    expect(others).toBeGreaterThan(100);
  });
});

describe.skipIf(missingShared(LISTS))('interleaved replies on a mailing list', () => {
  it('keeps the answer under a French "Le … a écrit :" quote as own words, the quote as quoted', async () => {
    // Brice Goglin's answer of 5 May 2019, under Michael Kerrisk's quoted reply.
    const message = await readMboxMessage(LISTS, '<cc08588f-4fbe-ee7f-ca11-f07530fd6379@inria.fr>');
    expect(message.text).toMatch(/Michael Kerrisk \(man-pages\) a écrit\s:/); // a no-break space before the colon
    const prepared = prepareText(message.text);
    expect(prepared.text).toContain('Oh, good point.');
    expect(prepared.text).not.toContain('a écrit'); // the attribution is metadata
    const quotedLine = prepared.text.indexOf('> Hello Brice');
    expect(quotedLine).toBeGreaterThanOrEqual(0);
    const lineOf = (at: number) => prepared.text.slice(0, at).split('\n').length - 1;
    expect(prepared.contexts[lineOf(quotedLine)]).toBe('quoted');
    expect(prepared.contexts[lineOf(prepared.text.indexOf('Oh, good point.'))]).toBe('own');
    // Michael Kerrisk is named only in the attribution: not read at all.
    const mentions = extractEntities({ text: message.text }).mentions;
    expect(mentions.map((m) => m.text)).not.toContain('Michael Kerrisk');
    // Brice on a ">" line is quoted; Brice alone under the answer is the writer signing it.
    const brice = mentions.filter((x) => x.text.includes('Brice'));
    const onQuotedLine = (at: number) => /^\s*>/.test(message.text.slice(message.text.lastIndexOf('\n', at) + 1));
    expect(brice.some((m) => onQuotedLine(m.start))).toBe(true);
    for (const m of brice) expect(m.context, m.text).toBe(onQuotedLine(m.start) ? 'quoted' : 'signature');
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
  // An Outlook block is forwarded text under a "TR:" subject (read), an "a écrit" attribution a reply (its
  // chain is in the dump already: not read); header and attribution lines are never read.
  it.each([
    ['De : Marie Durand\nEnvoyé : lundi 3 mars 2003 10:12\nÀ : Paul Martin\nObjet : rapport', 'forwarded'],
    ["-----Message d'origine-----\nDe : Marie Durand", 'forwarded'],
    ['Le lun. 3 mars 2003 à 10:12, Marie Durand <m.durand@exemple.fr> a\nécrit :\nLe rapport de Marie Durand', null],
    ['From: Marie Durand\nSent: Monday, March 3, 2003 10:12 AM\nTo: Paul Martin\nSubject: report', 'forwarded'],
  ])("reads the writer's words as own, what follows %j as %s", (quoted, expected) => {
    const own = 'Merci Jacques, je transmets à Lyon.';
    const prepared = prepareText(`${own}\n\n${quoted}\nMarie Durand a écrit le rapport.`, { subject: 'TR: rapport' });
    const lines = prepared.text.split('\n');
    expect(lines[0]).toBe(own);
    expect(prepared.contexts[0]).toBe('own');
    if (expected === null) expect(prepared.text).not.toContain('Marie Durand');
    else {
      expect(lines.at(-1)).toBe('Marie Durand a écrit le rapport.');
      expect(prepared.contexts.at(-1)).toBe(expected);
    }
    expect(prepared.text).not.toMatch(/De :|From:|Sent:|Envoyé|Objet|Subject:|origine|écrit :|10:12/);
  });

  it('reads no quoted reply chain by default (MAX_QUOTED_CHARS), and a chain up to maxQuotedChars when asked', () => {
    const line = 'Les équipes de Lyon ont terminé le rapport.';
    const chain = Array.from({ length: 100 }, () => line).join('\n');
    const body = `Voici ma réponse.\n\n-----Original Message-----\nFrom: Marie Durand\nSubject: rapport\n\n${chain}`;
    expect(MAX_QUOTED_CHARS).toBe(0);
    expect(prepareText(body, { subject: 'RE: rapport' }).contexts).not.toContain('quoted');
    const read = prepareText(body, { subject: 'RE: rapport', maxQuotedChars: 1_000 });
    // Each line costs its length and its line break; the line that crosses the budget is cut.
    expect(read.contexts.filter((c) => c === 'quoted')).toHaveLength(Math.ceil(1_000 / (line.length + 1)));
  });

  it('caps the prepared text at MAX_PREPARED_CHARS and says so', () => {
    const long = 'Les équipes de Lyon ont terminé le rapport. '.repeat(1000);
    const prepared = prepareText(long);
    expect(prepared.truncated).toBe(true);
    expect(prepared.text.length).toBeLessThanOrEqual(MAX_PREPARED_CHARS);
  });
});

describe('a Lotus header block indented with tabs (Enron, john arnold: "Re: dmb")', () => {
  // The body of a real Enron reply, as stored: the quoted Lotus header's lines are separated by lines
  // holding only a tab. Such a line once started a header block that ended where it began, and the walk
  // over the boundaries found the same one forever (the entity pass hung on this message).
  const body =
    "you're right....they're full\n\n\n\n\t\n\tMatthew Arnold\n\t\n\t09/11/2000 02:26:50 PM\n\t\nTo: John Arnold/HOU/ECT@ECT\ncc:  \nSubject: dmb\n\ntuesday night?\n\n";

  it('is read to the end, and the writer’s own line stays own words', () => {
    const prepared = prepareText(body);
    expect(prepared.text).toContain("you're right");
    expect(prepared.text).toContain('tuesday night?');
    const result = extractEntities({ text: body, subject: 'Re: dmb' });
    expect(result.lang).toBe('en');
  });
});
