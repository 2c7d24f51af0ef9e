/**
 * Issue 12, cross-document signals: the pure judgement — who an editor's name is (correspondent,
 * outsider, generic account), the scripts foreign to a corpus, edit bursts in time, the anomalies of
 * one document from its facts, and the merge with the reader's own anomalies. Expected values are
 * worked out by hand from the inputs written here.
 */
import { describe, expect, it } from 'vitest';

import { findBursts } from '../../../../ingest/extract/document-signals/edit-burst.js';
import { buildEditorIndex, judgeEditor } from '../../../../ingest/extract/document-signals/editor-names.js';
import {
  type DocumentFacts,
  crossDocumentAnomalies,
  mergeAnomalies,
} from '../../../../ingest/extract/document-signals/cross-document.js';
import { isDistinctiveFileName } from '../../../../ingest/extract/document-signals/file-names.js';
import { type CopyPlace, describePlace } from '../../../../ingest/extract/document-signals/file-copies.js';
import { foreignScripts, scriptProfile } from '../../../../ingest/extract/document-signals/script-profile.js';
import { FRENCH_NAMES } from '../../../support/french-names.js';

// 19 French correspondents and one Greek one: 20 named persons, Greek at 5 %.
const FRENCH = FRENCH_NAMES.filter((name) => name !== 'Manon Perrin');
const correspondents = [
  ...FRENCH.map((name, i) => ({
    id: `address:p${i}@campagne.fr`,
    names: [name],
    addresses: [`${name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(' ', '.')}@campagne.fr`],
  })),
  { id: 'address:nikos@example.gr', names: ['Νίκος Παπαδόπουλος'], addresses: ['nikos@example.gr'] },
  { id: 'address:pallen@enron.com', names: [], addresses: ['pallen@enron.com'] },
];
const index = buildEditorIndex(correspondents);
const profile = scriptProfile(correspondents.map((c) => c.names));
const judge = (name: string) => judgeEditor(name, index, profile)!;

describe('who an editor named in metadata is (issue 12)', () => {
  it('matches a correspondent whatever the case, accents and "Last, First" order', () => {
    for (const name of ['Hélène Faure', 'FAURE, Helene', 'faure, hélène', 'Helene  Faure', 'Hélène M. Faure'])
      expect(judge(name)).toMatchObject({ correspondent: 'address:p2@campagne.fr', correspondents: 1, alias: null });
  });

  it('matches an account name to the mailbox it is the local part of', () => {
    expect(judge('pallen').correspondent).toBe('address:pallen@enron.com');
  });

  it('keeps an outsider as an alias under its folded name, with its scripts', () => {
    const j = judge('Рошка Георгий Петрович');
    expect(j).toMatchObject({ correspondent: null, correspondents: 0, scripts: ['Cyrillic'], foreign: ['Cyrillic'] });
    expect(j.alias).toBe('рошка георгии петрович'); // й folded to и like every accent
    expect(judge('DURAND, Pierre').alias).toBe(judge('durand, pierre').alias);
    expect(judge('Pierre Durand').foreign).toEqual([]);
  });

  it('says a default account name is no one, and never matches it to a mailbox', () => {
    expect(judge('Microsoft Office User')).toMatchObject({ generic: true, correspondents: 0 });
    expect(judge('Paul Girard').generic).toBe(false);
  });

  it('blank names are no one', () => {
    expect(judgeEditor('  \t', index, profile)).toBeUndefined();
  });
});

describe('scripts foreign to the correspondents (issue 12)', () => {
  it('a script used by under 1 in 20 named correspondents is foreign; Greek at exactly 5 % is not', () => {
    expect(profile.persons).toBe(20); // pallen has no display name
    expect(profile.shares).toEqual({ Latin: 0.95, Greek: 0.05 });
    expect(foreignScripts(['Cyrillic'], profile)).toEqual(['Cyrillic']);
    expect(foreignScripts(['Greek', 'Latin'], profile)).toEqual([]);
  });

  it('a corpus of fewer than 20 named correspondents has no profile to judge by', () => {
    const small = scriptProfile(FRENCH.slice(0, 19).map((n) => [n]));
    expect(foreignScripts(['Cyrillic'], small)).toEqual([]);
  });

  it("a correspondent's own name is never foreign", () => {
    const j = judge('Νίκος Παπαδόπουλος');
    expect(j.correspondent).toBe('address:nikos@example.gr');
    expect(j.foreign).toEqual([]);
  });
});

describe('edit bursts (issue 12)', () => {
  const t = (hhmm: string) => Date.parse(`2021-03-01T${hhmm}:00Z`);
  const old = Date.parse('2019-01-01T00:00:00Z');

  it('three documents modified within ten minutes are a burst; the fourth, 11 minutes on, is not in it', () => {
    const bursts = findBursts([
      { sha256: 'c', modified: t('10:09'), created: old },
      { sha256: 'a', modified: t('10:00'), created: old },
      { sha256: 'b', modified: t('10:04'), created: t('10:04') },
      { sha256: 'd', modified: t('10:20'), created: old },
    ]);
    expect(bursts).toEqual([{ documents: ['a', 'b', 'c'], first: t('10:00'), last: t('10:09'), createdLongBefore: 2 }]);
  });

  it('two documents are a "save as", not a burst; windows that overlap are one burst', () => {
    expect(
      findBursts([
        { sha256: 'a', modified: t('10:00'), created: null },
        { sha256: 'b', modified: t('10:01'), created: null },
      ]),
    ).toEqual([]);
    // Every 4 minutes: each 10-minute window holds three, the run of five is one burst (16 minutes).
    const chain = ['10:00', '10:04', '10:08', '10:12', '10:16'].map((m, i) => ({
      sha256: `d${i}`,
      modified: t(m),
      created: null,
    }));
    expect(findBursts(chain).map((b) => b.documents)).toEqual([['d0', 'd1', 'd2', 'd3', 'd4']]);
    // Every 6 minutes: no window holds three.
    expect(findBursts(chain.map((d, i) => ({ ...d, modified: t('10:00') + i * 6 * 60_000 })))).toEqual([]);
  });

  it('counts each content once', () => {
    const a = { sha256: 'a', modified: t('10:00'), created: null };
    expect(findBursts([a, a, a])).toEqual([]);
  });
});

describe('the cross-document anomalies of one document (issue 12)', () => {
  const base: DocumentFacts = {
    sha256: 'x',
    editors: [],
    modified: null,
    firstSent: null,
    burst: null,
    sameName: [],
    hasCorrespondents: true,
    profile,
  };
  const kinds = (f: Partial<DocumentFacts>) => crossDocumentAnomalies({ ...base, ...f }).map((a) => a.kind);

  it('an outsider in a foreign script: both editor kinds, with the name and scripts as evidence', () => {
    const anomalies = crossDocumentAnomalies({
      ...base,
      editors: [{ field: 'lastModifiedBy', judgement: judge('Рошка Георгий Петрович') }],
    });
    expect(anomalies.map((a) => a.kind)).toEqual(['editor-foreign-script', 'editor-not-correspondent']);
    expect(anomalies[0]!.evidence).toEqual({
      lastModifiedBy: 'Рошка Георгий Петрович',
      lastModifiedByScripts: ['Cyrillic'],
      correspondentScripts: 'Latin 95 %, Greek 5 %',
    });
    expect(anomalies[0]!.explanation).toMatch(/Cyrillic script/);
  });

  it('names two outside editors in one sentence', () => {
    const [outside] = crossDocumentAnomalies({
      ...base,
      editors: [
        { field: 'author', judgement: judge('EJ04325S') },
        { field: 'lastModifiedBy', judgement: judge('Etienne Jouvin') },
      ],
    });
    expect(outside!.evidence).toEqual({ author: 'EJ04325S', lastModifiedBy: 'Etienne Jouvin' });
    expect(outside!.explanation).toMatch(
      /^The author recorded in the document, "EJ04325S", and the last editor recorded in the document, "Etienne Jouvin", match no correspondent /,
    );
  });

  it('a correspondent, a default account, or a corpus without correspondents: no editor kind', () => {
    expect(kinds({ editors: [{ field: 'author', judgement: judge('Marie Dupont') }] })).toEqual([]);
    expect(kinds({ editors: [{ field: 'author', judgement: judge('User') }] })).toEqual([]);
    expect(
      kinds({ editors: [{ field: 'author', judgement: judge('Pierre Durand') }], hasCorrespondents: false }),
    ).toEqual([]);
  });

  it('modified more than a day after the first message carrying it was sent', () => {
    const firstSent = { date: '2021-06-01T10:00:00.000Z', message: 'm1' };
    expect(kinds({ modified: '2021-06-02T10:00:01.000Z', firstSent })).toEqual(['modified-after-sent']);
    expect(kinds({ modified: '2021-06-02T09:59:59.000Z', firstSent })).toEqual([]);
    expect(kinds({ modified: '2021-06-10T00:00:00.000Z', firstSent: null })).toEqual([]);
  });

  it('the same name with other contents, each copy with where it was found', () => {
    const at = (message: string, part: number) => ({ kind: 'attachment' as const, message, messageId: null, part });
    const anomalies = crossDocumentAnomalies({
      ...base,
      sameName: [
        {
          name: 'budget.xlsx',
          copies: [
            { sha256: 'b2', places: [at('m2', 1)] },
            { sha256: base.sha256, places: [at('m0', 0)] },
            { sha256: 'b1', places: [at('m1', 0)] },
          ],
        },
        { name: 'budget final.xlsx', copies: [{ sha256: base.sha256, places: [at('m0', 1)] }] },
      ],
    });
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]!.evidence).toEqual({
      name: ['budget.xlsx'],
      otherVersions: 2,
      otherSha256: ['b1', 'b2'],
      copies: [
        { sha256: base.sha256, foundIn: ['attachment 0 of message m0'] },
        { sha256: 'b1', foundIn: ['attachment 0 of message m1'] },
        { sha256: 'b2', foundIn: ['attachment 1 of message m2'] },
      ],
    });
  });

  it.each([
    [{ kind: 'attachment', message: 'id1', messageId: 'x@y', part: 2 }, 'attachment 2 of message <x@y>'],
    [{ kind: 'file', path: '/dump/a.zip', entries: ['q3/r.pdf'] }, 'file /dump/a.zip » q3/r.pdf'],
    [
      { kind: 'archive-entry', archive: 'ab'.repeat(32), archiveName: 'p.zip', entry: 'q3/r.pdf' },
      `entry "q3/r.pdf" of archive p.zip (${'ab'.repeat(8)}…)`,
    ],
  ] as [CopyPlace, string][])('a copy found in %j is described as %s', (place, words) =>
    expect(describePlace(place)).toBe(words),
  );

  it('keeps the reader’s anomalies, replaces earlier cross-document ones, and gives the same twice', () => {
    const reader = [{ kind: 'created-after-modified', explanation: 'e', evidence: { a: 1 } }];
    const earlier = [...reader, { kind: 'edit-burst', explanation: 'old', evidence: {} }];
    const cross = [{ kind: 'modified-after-sent', explanation: 'new', evidence: { b: 2 } }];
    const merged = mergeAnomalies(JSON.stringify(earlier), cross);
    expect(merged.anomalyKinds).toEqual(['created-after-modified', 'modified-after-sent']);
    expect(merged.anomalyCount).toBe(2);
    expect(mergeAnomalies(merged.anomaliesJson, cross)).toEqual(merged);
    expect(mergeAnomalies(null, []).anomalyCount).toBe(0);
  });
});

describe('file names that say "the same document" (issue 12)', () => {
  it.each([
    ['budget 2021.xlsx', true],
    ['Contrat_signé.pdf', true],
    ['image001.png', false],
    ['ATT00001.htm', false],
    ['scan0003.pdf', false],
    ['12345.pdf', false],
    ['Document.docx', false],
    ['', false],
  ])('%s → %s', (name, expected) => expect(isDistinctiveFileName(name)).toBe(expected));
});
