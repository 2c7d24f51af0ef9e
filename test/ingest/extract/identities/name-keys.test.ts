/**
 * Name keys on display names as the Enron dev mailboxes write them (issue 15: "same person?"
 * suggestions), hand-checked against the raw X-From/X-To headers.
 */
import { describe, expect, it } from 'vitest';

import { fullNameKey, variantNameKey } from '../../../../ingest/extract/identities/name-keys.js';

describe('variantNameKey', () => {
  it.each([
    ['Kenneth Lay', 'kenneth lay'],
    ['Kenneth L. Lay', 'kenneth lay'],
    ['Kenneth L. Lay (E-mail)', 'kenneth lay'],
    ['Lay, Kenneth', 'kenneth lay'],
    ['Steven P South', 'steven south'],
    ['steven.p.south.com', 'steven south'],
    ['Steve South \\(E-mail\\)', 'steve south'],
    ['john.zufferli.com (john zufferli)', 'john zufferli'],
    ['syscokid@bellsouth.net (Jeff Silver)', 'jeff silver'],
    ['Kenneth Lay (Correo electrónico)', 'kenneth lay'],
    ['José García', 'jose garcia'],
  ])('%s → %s', (name, key) => expect(variantNameKey(name)).toBe(key));

  it.each(['jzufferli@shaw.ca', 'Livia_Zufferli@Monitor.com', 'J&J Zufferli', 'Ryan', ''])(
    '%s has no key (an address, or too thin a name)',
    (name) => expect(variantNameKey(name)).toBeUndefined(),
  );

  it('is looser than the key identity resolution merges on', () => {
    expect(fullNameKey('Kenneth L. Lay')).not.toBe(fullNameKey('Kenneth Lay'));
    expect(variantNameKey('Kenneth L. Lay')).toBe(variantNameKey('Kenneth Lay'));
  });
});
