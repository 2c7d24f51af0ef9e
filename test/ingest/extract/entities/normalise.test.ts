/**
 * Issue 4, normalisation: trailing punctuation, possessives, titles, case and accents; one key per name
 * and type. Table cases are hand-checked; the fixture cases read real Enron text.
 */
import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import { entityKey, trimSpan } from '../../../../ingest/extract/entities/normalise/normalise-mention.js';
import { summariseMentions } from '../../../../ingest/extract/entities/summarise-mentions.js';
import { missingShared } from '../../../support/shared.js';
import { readShared } from './support.js';

const trimmed = (text: string) => {
  const span = trimSpan(text, 0, text.length);
  return span && text.slice(span[0], span[1]);
};

describe('trimming a recognised span', () => {
  it.each([
    ["Macron's", 'Macron'],
    ['Macron’s', 'Macron'],
    ["Jones'", 'Jones'],
    ['Houston.', 'Houston'],
    ['"Enron",', 'Enron'],
    ['(Dynegy)', 'Dynegy'],
    ['Enron Corp.', 'Enron Corp.'],
    ['Phillip K.', 'Phillip K.'],
    ['U.S.', 'U.S.'],
    ['...', undefined],
  ])('%j → %j', (input, expected) => {
    expect(trimmed(input)).toBe(expected);
  });
});

describe('entity keys', () => {
  it.each([
    ['PER', 'Emmanuel Macron', 'PER:emmanuel macron'],
    ['PER', 'EMMANUEL MACRON', 'PER:emmanuel macron'],
    ['PER', 'M. Macron', 'PER:macron'],
    ['PER', 'Mme Ségolène Royal', 'PER:segolene royal'],
    ['PER', 'Dr. Smith', 'PER:smith'],
    ['PER', 'Allen, Phillip K.', 'PER:phillip k allen'],
    ['PER', 'Jean-Baptiste de La Fontaine', 'PER:jean baptiste de la fontaine'],
    ['ORG', 'Enron Corp.', 'ORG:enron corp'],
    ['ORG', 'PSE&G', 'ORG:pse&g'],
    ['LOC', 'Genève', 'LOC:geneve'],
  ] as const)('%s %j → %s', (type, name, key) => {
    expect(entityKey(type, name)).toBe(key);
  });

  it('gives one key whatever the case, accents and title', () => {
    const keys = ['Ségolène Royal', 'SEGOLENE ROYAL', 'Mme Ségolène Royal', 'ségolène royal'].map((n) =>
      entityKey('PER', n),
    );
    expect(new Set(keys).size).toBe(1);
  });
});

const ENRON = 'fixtures/enron-dev-sample/maildir';

describe.skipIf(missingShared(ENRON))('normalisation on real text', () => {
  it('drops the possessive of "Enron\'s" and counts one organisation (slinger-r/inbox/14)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/14.`);
    expect(message.text).toContain("Enron's most valuable business");
    const { mentions } = extractEntities({ text: message.text });
    const enron = mentions.filter((m) => m.key === 'ORG:enron');
    expect(enron.length).toBeGreaterThan(1);
    expect(enron.every((m) => m.text === 'Enron')).toBe(true);
    const possessive = message.text.indexOf("Enron's most valuable");
    expect(enron.some((m) => m.start === possessive && m.end === possessive + 5)).toBe(true);
    const summary = summariseMentions(mentions).find((s) => s.key === 'ORG:enron');
    expect(summary?.count).toBe(enron.length);
  });

  it('leaves the sentence\'s full stop out of a place (zufferli-j/inbox/39: "in Houston.")', async () => {
    const message = await readShared(`${ENRON}/zufferli-j/inbox/39.`);
    const at = message.text.indexOf('Houston.');
    expect(at).toBeGreaterThan(0);
    const houston = extractEntities({ text: message.text }).mentions.find((m) => m.start === at);
    expect(houston).toMatchObject({ text: 'Houston', end: at + 'Houston'.length, key: 'LOC:houston' });
  });
});

describe('French administrative order', () => {
  it('gives "DUPONT Marie" the key of "Marie Dupont"', () => {
    expect(entityKey('PER', 'DUPONT Marie')).toBe(entityKey('PER', 'Marie Dupont'));
    expect(entityKey('PER', 'LE PEN Jean-Marie')).toBe('PER:jean marie le pen');
  });
});
