/**
 * X-From / X-To pairing on header values taken from the Enron dev and benchmark mailboxes.
 */
import { describe, expect, it } from 'vitest';

import type { MailAddress } from '../../../ingest/model.js';
import { applyXHeader, parseXList } from '../../../ingest/parse/exchange-headers.js';

const smtp = (email: string): MailAddress => ({ email, kind: 'smtp' });

describe('parseXList', () => {
  it('splits "Last, First <DN>" lists by their brackets', () => {
    const entries = parseXList(
      'Meyers, Bert </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Bmeyers>, Linder, Eric </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Elinder>',
      2,
    );
    expect(entries).toEqual([
      { name: 'Meyers, Bert', inner: '/O=ENRON/OU=NA/CN=RECIPIENTS/CN=Bmeyers' },
      { name: 'Linder, Eric', inner: '/O=ENRON/OU=NA/CN=RECIPIENTS/CN=Elinder' },
    ]);
  });
  it('pairs "First Last" lists one to one', () => {
    expect(parseXList('Jennifer Medcalf, Derryl Cleaveland', 2)?.map((e) => e.name)).toEqual([
      'Jennifer Medcalf',
      'Derryl Cleaveland',
    ]);
  });
  it('joins bracket-less "Last, First" pairs when there are twice as many pieces as addresses', () => {
    expect(parseXList('Dean, Craig, Slinger, Ryan', 2)?.map((e) => e.name)).toEqual(['Dean, Craig', 'Slinger, Ryan']);
  });
  it('refuses lists that do not line up', () => {
    expect(parseXList('Steven J Kean, Richard Shapiro, Linda Robertson', 2)).toBeUndefined();
  });
  it('takes the name before the first bracket of Notes-migrated entries', () => {
    const [entry] = parseXList(
      '\'"Dan Salter" <dsalter@hgp-inc.com>@ENRON\' <IMCEANOTES-+22Dan+20Salter+22+20+3Cdsalter+40hgp-inc+2Ecom+3E+40ENRON@ENRON.com>',
      1,
    )!;
    expect(entry!.name).toBe('Dan Salter');
  });
});

describe('applyXHeader', () => {
  it('names the From address and pairs it with its Exchange DN', () => {
    const from = [smtp('ryan.slinger@enron.com')];
    const aliases = applyXHeader(from, 'Slinger, Ryan </O=ENRON/OU=NA/CN=RECIPIENTS/CN=RSLINGER>', 'x-from');
    expect(from[0]!.name).toBe('Slinger, Ryan');
    expect(aliases).toEqual([
      { email: 'ryan.slinger@enron.com', alias: '/o=enron/ou=na/cn=recipients/cn=rslinger', via: 'x-from' },
    ]);
  });
  it('does not attach a name or DN that shares nothing with the address', () => {
    const to = [smtp('no.address@enron.com')];
    expect(applyXHeader(to, 'Outlook-Migration-Team </O=ENRON/OU=NA/CN=RECIPIENTS/CN=EXCHMIGTEAM>', 'x-to')).toEqual(
      [],
    );
    expect(to[0]!.name).toBeUndefined();
  });
  it('keeps a name the SMTP header already gave', () => {
    const to = [{ ...smtp('bert.meyers@enron.com'), name: 'Bert Meyers' }];
    applyXHeader(to, 'Meyers, Albert </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Bmeyers>', 'x-to');
    expect(to[0]!.name).toBe('Bert Meyers');
  });
});
