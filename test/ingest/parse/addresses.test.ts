/**
 * Address normalisation on forms seen in real exports (Enron CMU release, Exchange IMCEA, Lotus Notes).
 */
import { describe, expect, it } from 'vitest';

import { decodeImceaex, toMailAddress } from '../../../ingest/parse/addresses.js';

describe('toMailAddress', () => {
  it.each([
    ['Ryan.Slinger@ENRON.com', undefined, { email: 'ryan.slinger@enron.com', kind: 'smtp' }],
    ["'bland@enron.com", undefined, { email: 'bland@enron.com', kind: 'smtp' }],
    ['<jsmith@example.com>', '"Smith, John"', { email: 'jsmith@example.com', name: 'Smith, John', kind: 'smtp' }],
    [
      '/O=ENRON/OU=NA/CN=RECIPIENTS/CN=RSLINGER',
      'Slinger, Ryan',
      { email: '/o=enron/ou=na/cn=recipients/cn=rslinger', name: 'Slinger, Ryan', kind: 'exchange' },
    ],
    [
      'IMCEAEX-_O=ENRON_OU=NA_CN=RECIPIENTS_CN=JSMITH@ENRON.com',
      undefined,
      { email: '/o=enron/ou=na/cn=recipients/cn=jsmith', kind: 'exchange' },
    ],
    [undefined, 'Tracy Ramsey', { email: 'name:tracy ramsey', name: 'Tracy Ramsey', kind: 'name' }],
    ['', 'Hélène Lefèvre', { email: 'name:helene lefevre', name: 'Hélène Lefèvre', kind: 'name' }],
    ['jim@example.com', 'jim@example.com', { email: 'jim@example.com', kind: 'smtp' }],
  ])('%s / %s', (address, name, expected) => {
    expect(toMailAddress(address, name)).toEqual(expected);
  });

  it('gives up on nothing at all', () => {
    expect(toMailAddress(undefined, undefined)).toBeUndefined();
    expect(toMailAddress('   ', '  ')).toBeUndefined();
  });

  it('decodes IMCEA escapes (+2E is a dot)', () => {
    expect(decodeImceaex('imceaex-_o=acme_ou=first+20admin_cn=recipients_cn=j+2Esmith@acme.com')).toBe(
      '/o=acme/ou=first admin/cn=recipients/cn=j.smith',
    );
    expect(decodeImceaex('jsmith@acme.com')).toBeUndefined();
  });
});
