/**
 * Issue 4, gazetteer: a correspondent's name in a body links to that person. The people and their
 * display names come from the fixtures' own headers (parsed by the project's parser); which person a
 * mention should link to is checked against those headers, not against the gazetteer's tables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import { buildGazetteer } from '../../../../ingest/extract/entities/gazetteer/build-gazetteer.js';
import { gazetteerTable, matchGazetteer } from '../../../../ingest/extract/entities/gazetteer/match-gazetteer.js';
import { ParticipantIndex, participantTable } from '../../../../ingest/extract/entities/gazetteer/participant-table.js';
import {
  type NameParts,
  fullNameVariants,
  matchKey,
  parseDisplayName,
} from '../../../../ingest/extract/entities/gazetteer/name-variants.js';
import type { Correspondent } from '../../../../ingest/extract/entities/types.js';
import { missingShared, sharedPath } from '../../../support/shared.js';
import { correspondents, enronMessages, participantsOf, readShared } from './support.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';

describe.skipIf(missingShared(ENRON))('gazetteer on the Enron dev mailboxes', () => {
  it('links a greeting to the recipient named in the To header (slinger-r/inbox/41)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/41.`);
    const rawTo = /^To: (.+)$/m.exec(readFileSync(sharedPath(`${ENRON}/slinger-r/inbox/41.`), 'latin1'))![1]!.trim();
    const { mentions } = extractEntities({ text: message.text }, { participants: participantsOf(message) });
    const ryan = mentions.find((m) => m.text === 'Ryan');
    expect(ryan).toMatchObject({ type: 'PER', personId: rawTo, key: 'PER:ryan' });
  });

  it('links full names in a body to the correspondents whose headers carry them (slinger-r/inbox/14)', async () => {
    const messages = await enronMessages();
    const people = correspondents(messages.values());
    const gazetteer = buildGazetteer([...people].map(([id, names]) => ({ id, names: [...names], addresses: [id] })));
    const message = messages.get('slinger-r/inbox/14.')!;
    const { mentions } = extractEntities({ text: message.text }, { gazetteer });
    const linked = mentions.filter((m) => m.personId !== undefined);
    for (const name of ['Louise Kitchen', 'Greg Whalley', 'John Lavorato']) {
      expect(message.text).toContain(name);
      const mention = linked.find((m) => m.text === name);
      expect(mention, name).toBeDefined();
      // The linked address was written "Last, First" in some header of the dump.
      const [first, last] = name.split(' ');
      const headerNames = [...people.get(mention!.personId!)!];
      expect(
        headerNames.some((n) => n.startsWith(`${last}, ${first}`)),
        `${name}: ${headerNames.join(' | ')}`,
      ).toBe(true);
    }
    // Ken Lay, named in the same paragraph, wrote to none of the four mailboxes: recognised, not linked.
    expect([...people.values()].some((names) => [...names].some((n) => /\bLay, Ken/.test(n)))).toBe(false);
    const ken = mentions.find((m) => m.text === 'Ken Lay');
    expect(ken).toMatchObject({ type: 'PER' });
    expect(ken?.personId).toBeUndefined();
  });

  // On this text only: a clone loses the tables' null prototypes (a word like "constructor" would find
  // Object's), which is why no gazetteer is sent to a worker, only correspondents (process-config.ts).
  it('matches the same on a mail after structuredClone and JSON', async () => {
    const messages = await enronMessages();
    const gazetteer = buildGazetteer(
      [...correspondents(messages.values())].map(([id, names]) => ({ id, names: [...names] })),
    );
    const text = messages.get('slinger-r/inbox/14.')!.text;
    const before = matchGazetteer(text, [gazetteerTable(gazetteer)]);
    expect(before.length).toBeGreaterThan(0);
    expect(matchGazetteer(text, [gazetteerTable(structuredClone(gazetteer))])).toEqual(before);
    expect(matchGazetteer(text, [gazetteerTable(JSON.parse(JSON.stringify(gazetteer)) as typeof gazetteer)])).toEqual(
      before,
    );
  });
});

/** A name's variants by their definition: the match key of each way mail writes it, whole. */
function writtenForms(p: NameParts): string[] {
  const initial = p.first.charAt(0);
  const initials = p.middle.map((m) => m.charAt(0));
  const forms = [
    `${p.first} ${p.last}`,
    `${p.first} ${p.middle.join(' ')} ${p.last}`,
    `${p.first} ${initials.join(' ')} ${p.last}`,
    `${p.last}, ${p.first}`,
    `${p.last}, ${p.first} ${p.middle.join(' ')}`,
    `${p.last}, ${p.first} ${initials.join(' ')}`,
    `${initial}. ${p.last}`,
    `${initial}. ${initials.join('. ')} ${p.last}`,
    `${p.last} ${p.first}`,
  ];
  return [...new Set(forms.map(matchKey).filter((k) => k.split(' ').length >= 2))];
}

describe('name variants', () => {
  it('writes a display name the ways mail writes it', () => {
    const parts = parseDisplayName('Allen, Phillip K.')!;
    expect(parts).toEqual({ first: 'Phillip', middle: ['K.'], last: 'Allen' });
    expect(fullNameVariants(parts)).toEqual(
      expect.arrayContaining(['phillip allen', 'phillip k allen', 'allen , phillip', 'allen , phillip k', 'p allen']),
    );
    expect(parseDisplayName('DUPONT Marie')).toEqual({ first: 'Marie', middle: [], last: 'DUPONT' });
    expect(parseDisplayName('Phillip K Allen/HOU/ECT@ECT')).toEqual({ first: 'Phillip', middle: ['K'], last: 'Allen' });
  });

  // The variants are joined from each part's match key; by definition each is the match key of the
  // whole written form (writtenForms). Checked on names made of the characters folding treats specially
  // (accents, combining marks, final sigma, ligatures, apostrophes, commas, dots, astral letters), where a
  // key built from parts could drift from it, and on every display name of the Enron sample's headers.
  it('are the match keys of the whole written forms, for names built to trip folding', () => {
    const tricky = [
      'Ολυμπίας ΟΔΥΣΣΕΑΣ',
      "O'Neil, Séan ’Ó",
      'ÉLISE d’Artagnan-Ǆ',
      'ﬁona İlkay ß',
      '𝔄lpha Be\u0301ta, Jr.',
    ];
    const tested = tricky.map(parseDisplayName).filter((p): p is NameParts => p !== undefined);
    tested.push({ first: "'x", middle: ['-', 'Σ.', ''], last: ',y' }, { first: '𝔄b', middle: [], last: 'ς' });
    expect(tested.length).toBeGreaterThan(4);
    for (const parts of tested) expect(fullNameVariants(parts), JSON.stringify(parts)).toEqual(writtenForms(parts));
  });

  it.skipIf(missingShared(ENRON))(
    'are the match keys of the whole written forms, for every name of the sample',
    async () => {
      const names = [...correspondents((await enronMessages()).values()).values()].flatMap((n) => [...n]);
      const tested = names.map(parseDisplayName).filter((p): p is NameParts => p !== undefined);
      expect(tested.length).toBeGreaterThan(500);
      for (const parts of tested) expect(fullNameVariants(parts), JSON.stringify(parts)).toEqual(writtenForms(parts));
    },
  );

  it('uses a first name alone only among the participants, and links it only when it is unambiguous', () => {
    const participants: Correspondent[] = [
      { id: 'chris.germany@enron.com', names: ['Germany, Chris'] },
      { id: 'chris.dorland@enron.com', names: ['Chris Dorland'] },
      { id: 'kim.ward@enron.com', names: [], addresses: ['kim.ward@enron.com'] },
    ];
    const text = 'Chris and Kim will call Chris Dorland.';
    const spans = matchGazetteer(text, [participantTable(participants)]);
    const at = (word: string, from = 0) => spans.find((s) => s.start === text.indexOf(word, from));
    expect(at('Chris')).toMatchObject({ type: 'PER' });
    expect(at('Chris')!.personId).toBeUndefined();
    expect(at('Kim')).toMatchObject({ personId: 'kim.ward@enron.com' });
    expect(at('Chris Dorland', 10)).toMatchObject({ personId: 'chris.dorland@enron.com' });
    expect(
      matchGazetteer(text, [gazetteerTable(buildGazetteer(participants))]).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Chris Dorland']);
  });

  // One index serves every message of a worker: what earlier messages' participants are called must not
  // leak into a later message's table, nor an address's earlier display name into its new one.
  it("answers for the message's own participants only, in the spellings that message gives them", () => {
    const germany = { id: 'chris.germany@enron.com', names: ['Germany, Chris'] };
    const dorland = { id: 'chris.dorland@enron.com', names: ['Chris Dorland'] };
    const text = 'Chris asked Dorland and Germany; Mary Kay and MKM signed.';
    const found = (participants: Correspondent[]) =>
      matchGazetteer(text, [participantTable(participants)]).map((s) => [text.slice(s.start, s.end), s.personId]);
    expect(found([germany, dorland])).toEqual([
      ['Chris', undefined],
      ['Dorland', 'chris.dorland@enron.com'],
      ['Germany', 'chris.germany@enron.com'],
    ]);
    expect(found([dorland])).toEqual([
      ['Chris', 'chris.dorland@enron.com'],
      ['Dorland', 'chris.dorland@enron.com'],
    ]);
    const miller = { id: 'mkmiller@enron.com', names: ['Miller, Mary Kay'] };
    expect(found([miller])).toEqual([
      ['Mary', 'mkmiller@enron.com'],
      ['MKM', 'mkmiller@enron.com'],
    ]);
    // The same address written another way in a later message: its new name only ("Kay" now a first name).
    expect(found([{ ...miller, names: ['Kay Mann'] }])).toEqual([['Kay', 'mkmiller@enron.com']]);
    expect(found([germany, dorland])).toEqual([
      ['Chris', undefined],
      ['Dorland', 'chris.dorland@enron.com'],
      ['Germany', 'chris.germany@enron.com'],
    ]);
  });
  // An index small enough to start again within two messages, and to replace an address's spellings.
  it('answers the same when the index starts again or replaces an address’s spellings', () => {
    const index = new ParticipantIndex({ spellings: 2, perId: 2 });
    const text = 'Chris met Dorland, Germany and Lavorato.';
    const found = (table: ReturnType<typeof participantTable>) =>
      matchGazetteer(text, [table]).map((s) => [text.slice(s.start, s.end), s.personId]);
    const dorland = index.participantTable([{ id: 'chris.dorland@enron.com', names: ['Chris Dorland'] }]);
    const later = index.participantTable([
      { id: 'chris.germany@enron.com', names: ['Germany, Chris'] },
      { id: 'john.lavorato@enron.com', names: ['John Lavorato'] },
    ]);
    // The second message did not fit: the index started again, and the first table still answers.
    expect(found(dorland)).toEqual([
      ['Chris', 'chris.dorland@enron.com'],
      ['Dorland', 'chris.dorland@enron.com'],
    ]);
    expect(found(later)).toEqual([
      ['Chris', 'chris.germany@enron.com'],
      ['Germany', 'chris.germany@enron.com'],
      ['Lavorato', 'john.lavorato@enron.com'],
    ]);
    // One address written three ways: past two spellings its list starts again; each answers as written.
    const id = 'lavorato@enron.com';
    for (const name of ['John Lavorato', 'Chris Germany', 'Dorland, Chris', 'John Lavorato']) {
      const words = name.split(/,? /);
      const expected = [...text.matchAll(/\p{Lu}\p{L}+/gu)]
        .map((m) => m[0])
        .filter((w) => words.includes(w))
        .map((w) => [w, id]);
      expect(found(index.participantTable([{ id, names: [name] }])), name).toEqual(expected);
    }
  });
});
