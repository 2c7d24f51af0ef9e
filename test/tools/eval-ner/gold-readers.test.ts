/**
 * The evaluation's gold readers: span counts checked against counts taken straight from the files' tag
 * columns, and one hand-read e-mail message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { readConllu } from '../../../tools/eval-ner/read-conllu.js';
import { readEmailcoref } from '../../../tools/eval-ner/read-emailcoref.js';
import { readHipe } from '../../../tools/eval-ner/read-hipe.js';
import { missingShared, sharedPath } from '../../support/shared.js';

const NER = 'fixtures/ner';

function countTags(path: string, column: (cols: string[]) => string | undefined, tags: string[]): number[] {
  const counts = tags.map(() => 0);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tag = column(line.split('\t'));
    const at = tags.indexOf(tag ?? '');
    if (at >= 0) counts[at]!++;
  }
  return counts;
}

describe.skipIf(missingShared(NER))('gold readers', () => {
  it('reads one span per B- tag of WikiNEuRal, on text that holds the tokens', () => {
    const path = sharedPath(`${NER}/wikineural-fr-val-silver/val-first3000.conllu`);
    const set = readConllu(path);
    expect(set.docs).toHaveLength(3000);
    const expected = countTags(path, (c) => c[2], ['B-PER', 'B-ORG', 'B-LOC']);
    const got = ['PER', 'ORG', 'LOC'].map((t) =>
      set.docs.reduce((n, d) => n + d.spans.filter((s) => s.type === t).length, 0),
    );
    expect(got).toEqual(expected);
    const nintendo = set.docs.find((d) => d.text.startsWith('Nintendo, dans ses tentatives'))!;
    expect(nintendo.spans.map((s) => nintendo.text.slice(s.start, s.end))).toEqual(['Nintendo']);
  });

  it('reads one span per B- tag of HIPE-2020 (coarse, literal), in 43 documents', () => {
    const path = sharedPath(`${NER}/hipe2020-fr-dev/HIPE-data-v1.4-dev-fr.tsv`);
    const set = readHipe(path);
    expect(set.docs).toHaveLength(43);
    const expected = countTags(path, (c) => (c.length > 2 ? c[1] : undefined), ['B-pers', 'B-org', 'B-loc']);
    const got = ['PER', 'ORG', 'LOC'].map((t) =>
      set.docs.reduce((n, d) => n + d.spans.filter((s) => s.type === t).length, 0),
    );
    expect(got).toEqual(expected);
    const first = set.docs[0]!;
    expect(first.text.slice(first.spans[0]!.start, first.spans[0]!.end)).toBe('Munich');
  });

  it('reads an Enron thread as messages: body text, named mentions, header participants (allen_p_1)', () => {
    const set = readEmailcoref(sharedPath(`${NER}/enron-emailcoref-train/train/allen_p_1.conll`));
    const first = set.docs[0]!;
    expect(first.id).toBe('allen_p_1#0');
    expect(first.text).toBe('Please let me know if you still need Curve Shift.\nThanks,\nHeather');
    // "me" and "you" are annotated too, but are pronouns; "Heather" is the only named mention.
    expect(first.spans.map((s) => [s.type, first.text.slice(s.start, s.end)])).toEqual([['PER', 'Heather']]);
    expect(first.participants!.flatMap((p) => p.names)).toEqual(expect.arrayContaining(['Dunton, Heather']));
  });
});
