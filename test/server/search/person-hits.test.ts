/**
 * Name index rows → person hits in the order an analyst looks for someone: one hit per person (its
 * best score, the address it was found by), an exact name or address first, then the busiest, the
 * index's score and the id only breaking ties. The rows carry their person's names and volume, all
 * the ranking reads.
 */
import { describe, expect, it } from 'vitest';

import { type NameIndexRow, rankPersons } from '../../../server/search/person-hits.js';

function personRow(id: string, name: string | null, messages: number, score: number, names: string[] = []) {
  return {
    kind: 'person',
    id,
    email: null,
    personId: id,
    personName: name,
    personNames: names,
    personMessages: messages,
    score,
  } satisfies NameIndexRow;
}

function addressRow(email: string, person: ReturnType<typeof personRow> | null, score: number): NameIndexRow {
  return {
    kind: 'address',
    id: email,
    email,
    personId: person?.personId ?? null,
    personName: person?.personName ?? null,
    personNames: person?.personNames ?? [],
    personMessages: person?.personMessages ?? 0,
    score,
  };
}

const summary = (query: string, rows: NameIndexRow[]) =>
  rankPersons(query, rows).map((r) => [r.brief.id, r.brief.name, r.exact, r.score, r.matchedAddress]);

describe('rankPersons', () => {
  it('puts exact names first, then the busiest, whatever the index scores', () => {
    const rows = [
      personRow('p-mark', 'Mark Skilling', 40, 3.0),
      personRow('p-jeff', 'Jeff Skilling', 900, 1.0),
      personRow('p-lone', 'Skilling', 2, 0.5),
    ];
    expect(summary('skilling', rows)).toEqual([
      ['p-lone', 'Skilling', true, 0.5, null],
      ['p-jeff', 'Jeff Skilling', false, 1.0, null],
      ['p-mark', 'Mark Skilling', false, 3.0, null],
    ]);
  });

  it('counts another name of the person as exact, in any word order', () => {
    const rows = [personRow('p-1', 'Ken Lay', 10, 1.0, ['Lay, Kenneth']), personRow('p-2', 'Kenneth Lay Jr', 500, 2.0)];
    expect(summary('kenneth lay', rows).map((r) => [r[0], r[2]])).toEqual([
      ['p-1', true],
      ['p-2', false],
    ]);
  });

  it('makes one hit of a person found by name and by address, with its best score and the address', () => {
    const jeff = personRow('p-jeff', 'Jeff Skilling', 900, 1.5);
    const rows = [addressRow('jeff.skilling@enron.com', jeff, 2.5), jeff, addressRow('jskilling@enron.com', jeff, 0.7)];
    expect(summary('jeff', rows)).toEqual([['p-jeff', 'Jeff Skilling', false, 2.5, 'jeff.skilling@enron.com']]);
  });

  it('counts the address typed in full as exact', () => {
    const a = personRow('p-a', 'Sally Beck', 300, 1.0);
    const b = personRow('p-b', 'Sally Beck', 20, 1.0);
    const rows = [a, addressRow('sally.beck@enron.com', b, 1.0)];
    expect(summary('Sally.Beck@enron.com', rows).map((r) => [r[0], r[2]])).toEqual([
      ['p-b', true],
      ['p-a', false],
    ]);
  });

  it('leaves out an address no person uses, names a person without a name by its id, and breaks ties by score then id', () => {
    const rows = [
      addressRow('nobody@example.com', null, 9.0),
      personRow('p-b', 'Chris B', 5, 1.0),
      personRow('p-a', 'Chris A', 5, 1.0),
      personRow('p-c', null, 5, 2.0),
    ];
    expect(summary('chris', rows)).toEqual([
      ['p-c', 'p-c', false, 2.0, null],
      ['p-a', 'Chris A', false, 1.0, null],
      ['p-b', 'Chris B', false, 1.0, null],
    ]);
  });
});
