/**
 * ③ identities: the organisation behind a mail domain, offline. "mail.enron.com" and "enron.com"
 * are one organisation; "gmail.com" is not an organisation at all, so two "John Smith"s there are
 * never taken for one person.
 */

// Two-level public suffixes common in mail (co.uk, com.au, …): the organisation is one label deeper.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'gouv', 'asso', 'or', 'ne', 'go']);

// Mailbox providers: the same display name at these says nothing about the same person.
const FREEMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.fr',
  'yahoo.co.uk',
  'ymail.com',
  'hotmail.com',
  'hotmail.fr',
  'outlook.com',
  'outlook.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'aol.com',
  'aol.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'gmx.com',
  'gmx.de',
  'gmx.fr',
  'gmx.net',
  'web.de',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'yandex.ru',
  'mail.ru',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'tutanota.com',
  'zoho.com',
  'comcast.net',
  'earthlink.net',
  'att.net',
  'verizon.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'juno.com',
  'prodigy.net',
  'compuserve.com',
  'netzero.net',
  'netscape.net',
  'excite.com',
  'lycos.com',
  'mail.com',
  'usa.net',
  'hushmail.com',
  'fastmail.com',
  'fastmail.fm',
  'qq.com',
  '163.com',
  'naver.com',
]);

export function organisationDomain(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels.at(-1)!;
  const second = labels.at(-2)!;
  const depth = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-depth).join('.');
}

export function isFreemail(domain: string): boolean {
  return FREEMAIL.has(organisationDomain(domain));
}
