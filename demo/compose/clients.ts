/**
 * Demo mailbox: how each mail client writes a message. Reply and forward prefixes, the block it puts
 * above quoted text, whether it writes In-Reply-To/References, the charset and transfer encoding of
 * bodies, the style of RFC 2047 words, Message-IDs and MIME boundaries. Real dumps mix all of these,
 * and so must the demo, for the quote stripper, the threader and the charset handling to be tested.
 */
import type { ClientKey } from '../scenario/types.js';
import { type Moment, formatFor, rfc5322 } from './dates.js';
import { type Charset, type Transfer, type WordStyle, fits, isAscii } from './encode.js';

export interface Party {
  name?: string;
  email: string;
}

/** What a client shows of the message it answers or forwards. */
export interface Quoted {
  from: Party;
  to: Party[];
  cc: Party[];
  subject: string;
  /** The quoted message's date, already on the replier's clock. */
  moment: Moment;
  text: string;
}

/** 'full': In-Reply-To and References; 'parent': In-Reply-To only; 'none': neither (subject fallback needed). */
export type ThreadHeaders = 'full' | 'parent' | 'none';

export interface ClientProfile {
  replyPrefix: string;
  forwardPrefix: string;
  onReply: ThreadHeaders;
  onForward: ThreadHeaders;
  /** Exchange stamps Date in UTC; other clients use the sender's clock. */
  utcDates: boolean;
  words: WordStyle;
  /** Quote the charset parameter (Outlook writes charset="iso-8859-1"). */
  quotedCharset: boolean;
  body(text: string): { charset: Charset; transfer: Transfer };
  /** Hard-wrap the writer's own paragraphs at this column (clients without format=flowed). */
  wrap?: number;
  /** "-- " line before the signature (RFC 3676 §4.3). */
  sigDashes: boolean;
  footer?: string;
  headers: [string, string][];
  contentLanguage: boolean;
  /** Sends text and an HTML rendering of it as multipart/alternative. */
  alternative: boolean;
  attachmentNames: 'rfc2047' | 'rfc2231';
  messageId(hex: string, domain: string, moment: Moment): string;
  boundary(hex: string): string;
  reply(q: Quoted): string;
  forward(q: Quoted, self: Party, now: Moment): string;
}

const party = (p: Party) => (p.name ? `${p.name} <${p.email}>` : p.email);
const list = (ps: Party[], sep: string) => ps.map(party).join(sep);

export function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : line.startsWith('>') ? '>' + line : '> ' + line))
    .join('\n');
}

function outlookBlock(lang: 'en' | 'fr', q: Quoted): string {
  const en = lang === 'en';
  const lines = [
    en ? '-----Original Message-----' : "-----Message d'origine-----",
    `${en ? 'From:' : 'De :'} ${party(q.from)}`,
    `${en ? 'Sent:' : 'Envoyé :'} ${formatFor(en ? 'outlook-en' : 'outlook-fr', q.moment)}`,
    `${en ? 'To:' : 'À :'} ${list(q.to, '; ')}`,
    ...(q.cc.length ? [`${en ? 'Cc:' : 'Cc :'} ${list(q.cc, '; ')}`] : []),
    `${en ? 'Subject:' : 'Objet :'} ${q.subject}`,
  ];
  return `${lines.join('\n')}\n\n${q.text}`;
}

function charsetOutlookFr(text: string): { charset: Charset; transfer: Transfer } {
  // Outlook picks the legacy code page when it can hold the text, windows-1252 for €, œ and curly quotes.
  if (fits(text, 'iso-8859-1')) return { charset: 'iso-8859-1', transfer: 'quoted-printable' };
  if (fits(text, 'windows-1252')) return { charset: 'windows-1252', transfer: 'quoted-printable' };
  return { charset: 'utf-8', transfer: 'quoted-printable' };
}

const asciiOr = (transfer: Transfer) => (text: string) =>
  isAscii(text) ? { charset: 'us-ascii' as const, transfer: '7bit' as const } : { charset: 'utf-8' as const, transfer };

const hexUp = (hex: string, n: number, from = 0) => hex.slice(from, from + n).toUpperCase();

function exchangeId(hex: string, domain: string): string {
  const server = `PR3P${190 + (parseInt(hex.slice(0, 2), 16) % 10)}MB${1000 + (parseInt(hex.slice(2, 6), 16) % 9000)}`;
  return `${server}${hexUp(hex, 28, 6)}@${server}.EURP${190 + (parseInt(hex.slice(0, 2), 16) % 10)}.PROD.${domain.toUpperCase()}`;
}

const outlook = (lang: 'en' | 'fr'): ClientProfile => ({
  replyPrefix: lang === 'en' ? 'RE: ' : 'RE : ',
  forwardPrefix: lang === 'en' ? 'FW: ' : 'TR : ',
  onReply: 'full',
  onForward: 'none',
  utcDates: true,
  words:
    lang === 'en'
      ? { label: 'utf-8', charset: 'utf-8', encoding: 'B' }
      : { label: 'iso-8859-1', charset: 'iso-8859-1', encoding: 'Q' },
  quotedCharset: true,
  body: lang === 'en' ? asciiOr('quoted-printable') : charsetOutlookFr,
  sigDashes: false,
  headers: [['X-Mailer', 'Microsoft Outlook 16.0']],
  contentLanguage: true,
  alternative: false,
  attachmentNames: 'rfc2047',
  messageId: (hex, domain) => exchangeId(hex, domain),
  boundary: (hex) => `----=_NextPart_000_${hexUp(hex, 4)}_01DB${hexUp(hex, 4, 4)}.${hexUp(hex, 8, 8)}`,
  reply: (q) => outlookBlock(lang, q),
  forward: (q) => outlookBlock(lang, q),
});

const thunderbird: ClientProfile = {
  replyPrefix: 'Re: ',
  forwardPrefix: 'Fwd: ',
  onReply: 'full',
  onForward: 'none',
  utcDates: false,
  words: { label: 'UTF-8', charset: 'utf-8', encoding: 'Q', lowerHex: true },
  quotedCharset: false,
  body: asciiOr('8bit'),
  wrap: 72,
  sigDashes: true,
  headers: [['User-Agent', 'Mozilla Thunderbird']],
  contentLanguage: true,
  alternative: false,
  attachmentNames: 'rfc2231',
  messageId: (hex, domain) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}@${domain}`,
  boundary: (hex) => `------------${hexUp(hex, 24)}`,
  reply: (q) =>
    `Le ${formatFor('thunderbird-fr', q.moment)}, ${q.from.name ?? q.from.email} a écrit :\n${quoteLines(q.text)}`,
  forward: (q) =>
    [
      '-------- Message transféré --------',
      `Sujet : \t${q.subject}`,
      `Date : \t${rfc5322(q.moment)}`,
      `De : \t${party(q.from)}`,
      `Pour : \t${list(q.to, ', ')}`,
      ...(q.cc.length ? [`Copie à : \t${list(q.cc, ', ')}`] : []),
      '',
      '',
      q.text,
    ].join('\n'),
};

function zimbraBlock(title: string, q: Quoted): string[] {
  return [
    `----- ${title} -----`,
    `De: ${party(q.from)}`,
    `À: ${list(q.to, ', ')}`,
    ...(q.cc.length ? [`Cc: ${list(q.cc, ', ')}`] : []),
    `Envoyé: ${formatFor('outlook-fr', q.moment)}`,
    `Objet: ${q.subject}`,
    '',
  ];
}

const webmail: ClientProfile = {
  replyPrefix: 'Re : ',
  forwardPrefix: 'TR: ',
  onReply: 'parent',
  onForward: 'none',
  utcDates: false,
  words: { label: 'UTF-8', charset: 'utf-8', encoding: 'B' },
  quotedCharset: false,
  body: () => ({ charset: 'utf-8', transfer: 'base64' }),
  sigDashes: true,
  headers: [['User-Agent', 'Roundcube Webmail/1.6.6']],
  contentLanguage: false,
  alternative: false,
  attachmentNames: 'rfc2047',
  messageId: (hex, domain) => `${hex.slice(0, 32)}@webmail.${domain}`,
  boundary: (hex) => `=_${hex.slice(0, 32)}`,
  reply: (q) => [...zimbraBlock('Mail original', q), quoteLines(q.text)].join('\n'),
  forward: (q) => [...zimbraBlock('Mail transféré', q), q.text].join('\n'),
};

const iphone: ClientProfile = {
  replyPrefix: 'Re: ',
  forwardPrefix: 'Fwd: ',
  onReply: 'full',
  onForward: 'full',
  utcDates: false,
  words: { label: 'utf-8', charset: 'utf-8', encoding: 'Q' },
  quotedCharset: false,
  body: asciiOr('quoted-printable'),
  sigDashes: false,
  footer: 'Envoyé de mon iPhone',
  headers: [['X-Mailer', 'iPhone Mail (21H16)']],
  contentLanguage: false,
  alternative: false,
  attachmentNames: 'rfc2047',
  messageId: (hex, domain) =>
    `${hexUp(hex, 8)}-${hexUp(hex, 4, 8)}-${hexUp(hex, 4, 12)}-${hexUp(hex, 4, 16)}-${hexUp(hex, 12, 20)}@${domain}`,
  boundary: (hex) => `Apple-Mail-${hexUp(hex, 8)}-${hexUp(hex, 4, 8)}-${hexUp(hex, 4, 12)}-${hexUp(hex, 12, 16)}`,
  reply: (q) => quoteLines(`Le ${formatFor('iphone-fr', q.moment)}, ${party(q.from)} a écrit :\n\n${q.text}`),
  forward: (q) =>
    'Début du message réexpédié :\n\n' +
    quoteLines(
      `De: ${party(q.from)}\nDate: ${formatFor('iphone-fr', q.moment)}\nÀ: ${list(q.to, ', ')}\nObjet: ${q.subject}\n\n${q.text}`,
    ),
};

const gmail: ClientProfile = {
  replyPrefix: 'Re: ',
  forwardPrefix: 'Fwd: ',
  onReply: 'full',
  onForward: 'full',
  utcDates: false,
  words: { label: 'UTF-8', charset: 'utf-8', encoding: 'Q' },
  quotedCharset: true,
  body: () => ({ charset: 'utf-8', transfer: 'quoted-printable' }),
  sigDashes: true,
  headers: [],
  contentLanguage: false,
  alternative: true,
  attachmentNames: 'rfc2231',
  messageId: (hex, domain) => `CAO${Buffer.from(hex.slice(0, 36), 'hex').toString('base64url')}@mail.${domain}`,
  boundary: (hex) => `000000000000${hex.slice(0, 16)}`,
  reply: (q) => `On ${formatFor('gmail-en', q.moment)}, ${party(q.from)} wrote:\n\n${quoteLines(q.text)}`,
  forward: (q) =>
    [
      '---------- Forwarded message ---------',
      `From: ${party(q.from)}`,
      `Date: ${formatFor('gmail-en', q.moment)}`,
      `Subject: ${q.subject}`,
      `To: ${list(q.to, ', ')}`,
      ...(q.cc.length ? [`Cc: ${list(q.cc, ', ')}`] : []),
      '',
      '',
      q.text,
    ].join('\n'),
};

const lotusParty = (p: Party) => (p.name ? `"${p.name}" <${p.email}>` : p.email);

function lotusBlock(q: Quoted): string {
  return [
    `A : ${q.to.map(lotusParty).join(', ')}`,
    ...(q.cc.length ? [`cc : ${q.cc.map(lotusParty).join(', ')}`] : []),
    `De : ${lotusParty(q.from)}`,
    `Date : ${formatFor('lotus-fr', q.moment)}`,
    `Objet : ${q.subject}`,
    '',
    q.text,
  ].join('\n');
}

// The town hall's old groupware: "Réf. :" on replies, no threading headers, Latin-1 8bit bodies.
const mairie: ClientProfile = {
  replyPrefix: 'Réf. : ',
  forwardPrefix: 'Tr : ',
  onReply: 'none',
  onForward: 'none',
  utcDates: false,
  words: { label: 'ISO-8859-1', charset: 'iso-8859-1', encoding: 'Q' },
  quotedCharset: false,
  body: (text) =>
    fits(text, 'iso-8859-1')
      ? { charset: 'iso-8859-1', transfer: '8bit' }
      : fits(text, 'windows-1252')
        ? { charset: 'windows-1252', transfer: '8bit' }
        : { charset: 'utf-8', transfer: '8bit' },
  wrap: 75,
  sigDashes: false,
  headers: [['X-Mailer', 'Lotus Notes Release 8.5.3 September 15, 2011']],
  contentLanguage: false,
  alternative: false,
  attachmentNames: 'rfc2047',
  messageId: (hex, domain) =>
    `OF${hexUp(hex, 8)}.${hexUp(hex, 8, 8)}-ONC1258B${hexUp(hex, 2, 16)}.${hexUp(hex, 8, 18)}-C1258B${hexUp(hex, 2, 26)}.${hexUp(hex, 8, 28)}@${domain}`,
  boundary: (hex) => `=_alternative ${hexUp(hex, 16)}_=`,
  reply: (q) => `-----${lotusParty(q.from)} a écrit : -----\n\n${lotusBlock(q)}`,
  forward: (q, self, now) =>
    `----- Transféré par ${self.name ?? self.email} le ${formatFor('lotus-fr', now)} -----\n\n${lotusBlock(q)}`,
};

const mailer: ClientProfile = {
  ...gmail,
  alternative: false,
  headers: [['X-Mailer', 'BriefMailer 2.4']],
  messageId: (hex, domain, moment) => `${moment.utcMs / 1000}.${hex.slice(0, 20)}@mailer.${domain}`,
  boundary: (hex) => `b1_${hex.slice(0, 32)}`,
};

export const CLIENTS: Record<ClientKey, ClientProfile> = {
  'outlook-en': outlook('en'),
  'outlook-fr': outlook('fr'),
  'thunderbird-fr': thunderbird,
  'webmail-fr': webmail,
  'iphone-fr': iphone,
  'gmail-en': gmail,
  mairie,
  mailer,
};
