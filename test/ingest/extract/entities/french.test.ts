/**
 * Issue 4, French: language per message, and French names with titles, particles, hyphens and surnames in
 * capitals come out whole. Real mail (SpamAssassin's French newsletter), real annotated French
 * (WikiNEuRal's gold spans), and a hand-checked table of the constructions the rules exist for.
 */
import { describe, expect, it } from 'vitest';

import { readConllu } from '../../../../tools/eval-ner/read-conllu.js';
import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import { detectLanguage } from '../../../../ingest/extract/entities/language/detect-language.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { readShared } from './support.js';

const NEWSLETTER = 'fixtures/spamassassin-sample/spam-1/00257.5c8ef87f8b11d2515df71a7fe46a70b6.txt';
const WIKINEURAL = 'fixtures/ner/wikineural-fr-val-silver/val-first3000.conllu';
const ENRON = 'fixtures/enron-dev-sample/maildir';

describe.skipIf(missingShared(NEWSLETTER))('a real French newsletter (SpamAssassin spam-1/00257)', () => {
  it('is French (its SOURCE.md lists it among the French messages)', async () => {
    const message = await readShared(NEWSLETTER);
    expect(extractEntities({ text: message.text }).lang).toBe('fr');
  });

  it('keeps hyphenated first names and surnames in capitals whole', async () => {
    const message = await readShared(NEWSLETTER);
    const { mentions } = extractEntities({ text: message.text, subject: message.subject });
    for (const name of ['Jean-Eudes LEBAUPIN', 'Hugo BEAULIEU', 'Virginie GOUPY', 'Michaël NOBLOT']) {
      expect(message.text).toContain(name);
      expect(
        mentions.find((m) => m.text === name),
        name,
      ).toMatchObject({ type: 'PER' });
    }
    const jean = mentions.find((m) => m.text === 'Jean-Eudes LEBAUPIN')!;
    expect(jean.key).toBe('PER:jean eudes lebaupin');
  });
});

describe.skipIf(missingShared(ENRON))('English mail', () => {
  it.each(['slinger-r/inbox/14.', 'slinger-r/inbox/41.', 'slinger-r/inbox/43.'])(
    'detects English in %s',
    async (file) => {
      const message = await readShared(`${ENRON}/${file}`);
      expect(detectLanguage(message.text)).toBe('en');
    },
  );
});

describe('French name constructions (hand-checked)', () => {
  const text =
    'Bonjour, hier M. Jean-Baptiste de La Fontaine a rencontré Mme Ségolène Royal et Me Dupont chez le Dr Martin. ' +
    'Le dossier de DUPONT Marie est chez Marie DUPONT. Valéry Giscard d’Estaing et Charles de Gaulle ont vu ' +
    'Jean-Pierre Raffarin à Lyon avec Pierre Le Brun.';
  const { lang, mentions } = extractEntities({ text }, { raw: true });

  it('is French', () => {
    expect(lang).toBe('fr');
  });

  it.each([
    'M. Jean-Baptiste de La Fontaine',
    'Mme Ségolène Royal',
    'Me Dupont',
    'Dr Martin',
    'DUPONT Marie',
    'Marie DUPONT',
    'Valéry Giscard d’Estaing',
    'Charles de Gaulle',
    'Jean-Pierre Raffarin',
    'Pierre Le Brun',
  ])('%s is one person', (name) => {
    const start = text.indexOf(name);
    expect(mentions.find((m) => m.start === start)).toMatchObject({
      type: 'PER',
      text: name,
      end: start + name.length,
    });
  });

  it('gives "DUPONT Marie" and "Marie DUPONT" one key', () => {
    const keys = mentions.filter((m) => /DUPONT/.test(m.text)).map((m) => m.key);
    expect(keys).toEqual(['PER:marie dupont', 'PER:marie dupont']);
  });

  it('finds the place', () => {
    expect(mentions.find((m) => m.text === 'Lyon')).toMatchObject({ type: 'LOC', key: 'LOC:lyon' });
  });
});

describe.skipIf(missingShared(WIKINEURAL))('names with particles and hyphens in WikiNEuRal', () => {
  it('extracts at least 70% of the annotated ones exactly (measured: 89 of 123)', () => {
    const set = readConllu(sharedPath(WIKINEURAL));
    let found = 0;
    let total = 0;
    for (const doc of set.docs) {
      const people = doc.spans.filter(
        (s) => s.type === 'PER' && / (?:de|du|des|d'|Le|La|le|la) |-/.test(doc.text.slice(s.start, s.end)),
      );
      if (people.length === 0) continue;
      const { mentions } = extractEntities({ text: doc.text });
      for (const gold of people) {
        total++;
        if (mentions.some((m) => m.type === 'PER' && m.start === gold.start && m.end === gold.end)) found++;
      }
    }
    expect(total).toBe(123);
    expect(found / total).toBeGreaterThanOrEqual(0.7);
  });
});
