/**
 * Identity resolution on hand-built facts: each rule joins what it should and nothing else, and
 * corrections win in the order they were made.
 */
import { describe, expect, it } from 'vitest';

import {
  type AddressFacts,
  type Correction,
  resolvePersons,
} from '../../../../ingest/extract/identities/resolve-persons.js';

const smtp = (email: string, name?: string): AddressFacts => ({
  email,
  kind: 'smtp',
  domain: email.split('@')[1]!,
  names: name ? [name] : [],
  nameCounts: name ? [1] : [],
});
const dn = (email: string): AddressFacts => ({ email, kind: 'exchange', domain: '', names: [], nameCounts: [] });

function groups(persons: ReturnType<typeof resolvePersons>): string[][] {
  return persons.map((p) => p.members.map((m) => m.email).sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('resolvePersons', () => {
  it('joins an SMTP address and its Exchange DN when a header paired them', () => {
    const persons = resolvePersons(
      [smtp('ryan.slinger@enron.com', 'Slinger, Ryan'), dn('/o=enron/ou=na/cn=recipients/cn=rslinger')],
      [
        {
          a: 'ryan.slinger@enron.com',
          b: '/o=enron/ou=na/cn=recipients/cn=rslinger',
          reason: 'exchange-dn',
          evidence: 'm1',
        },
      ],
      [],
    );
    expect(persons).toHaveLength(1);
    expect(persons[0]!.name).toBe('Ryan Slinger');
    expect(persons[0]!.members.find((m) => m.email.startsWith('/o='))!.reason).toMatch(/^exchange-dn/);
  });

  it('joins the same full name at the same organisation, not at another one or at a mailbox provider', () => {
    const persons = resolvePersons(
      [
        smtp('john.smith@enron.com', 'Smith, John'),
        smtp('jsmith@ect.enron.com', 'John Smith'),
        smtp('john.smith@dynegy.com', 'John Smith'),
        smtp('jsmith1@aol.com', 'John Smith'),
        smtp('jsmith2@aol.com', 'John Smith'),
      ],
      [],
      [],
    );
    expect(groups(persons)).toEqual([
      ['john.smith@dynegy.com'],
      ['john.smith@enron.com', 'jsmith@ect.enron.com'],
      ['jsmith1@aol.com'],
      ['jsmith2@aol.com'],
    ]);
  });

  it('never joins on a first name alone', () => {
    expect(resolvePersons([smtp('ryan@enron.com', 'Ryan'), smtp('ryan.s@enron.com', 'Ryan')], [], [])).toHaveLength(2);
  });

  it('joins a name-only sender to the one correspondent of that name, and not when two share it', () => {
    const nameOnly: AddressFacts = {
      email: 'name:tracy ramsey',
      kind: 'name',
      domain: '',
      names: ['Tracy Ramsey'],
      nameCounts: [1],
    };
    expect(groups(resolvePersons([smtp('tracy.ramsey@enron.com', 'Tracy Ramsey'), nameOnly], [], []))).toEqual([
      ['name:tracy ramsey', 'tracy.ramsey@enron.com'],
    ]);
    expect(
      resolvePersons(
        [smtp('tracy.ramsey@enron.com', 'Tracy Ramsey'), smtp('tramsey@dynegy.com', 'Tracy Ramsey'), nameOnly],
        [],
        [],
      ),
    ).toHaveLength(3);
  });

  it('applies merges, lets a later split isolate addresses from automatic evidence, and a later merge win again', () => {
    const facts = [smtp('a@x.com', 'Alice Martin'), smtp('alice@x.com', 'Alice Martin'), smtp('al@y.com', 'Al')];
    const merge: Correction = {
      id: 'c-1',
      kind: 'merge',
      addresses: ['a@x.com', 'al@y.com'],
      at: '2026-01-01T00:00:00Z',
    };
    const split: Correction = { id: 'c-2', kind: 'split', addresses: ['alice@x.com'], at: '2026-01-02T00:00:00Z' };
    const remerge: Correction = {
      id: 'c-3',
      kind: 'merge',
      addresses: ['alice@x.com', 'a@x.com'],
      at: '2026-01-03T00:00:00Z',
    };
    expect(groups(resolvePersons(facts, [], [merge]))).toEqual([['a@x.com', 'al@y.com', 'alice@x.com']]);
    expect(groups(resolvePersons(facts, [], [merge, split]))).toEqual([['a@x.com', 'al@y.com'], ['alice@x.com']]);
    expect(groups(resolvePersons(facts, [], [merge, split, remerge]))).toEqual([
      ['a@x.com', 'al@y.com', 'alice@x.com'],
    ]);
  });

  it('gives the same persons and ids whatever the order of the facts', () => {
    const facts = [
      smtp('b@enron.com', 'Bob Lee'),
      smtp('robert.lee@enron.com', 'Lee, Bob'),
      smtp('z@enron.com', 'Zed Z'),
    ];
    const one = resolvePersons(facts, [], []);
    const two = resolvePersons([...facts].reverse(), [], []);
    expect(two).toEqual(one);
    expect(one.find((p) => p.members.length === 2)!.id).toMatch(/^p-[0-9a-f]{16}$/);
  });
});
