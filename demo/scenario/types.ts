/**
 * Demo mailbox, scenario side: the shapes in which the people and the correspondence are written.
 * The scenario says who wrote what to whom and when; compose/ turns it into MIME files the way each
 * sender's mail client would have (quoting, reply prefixes, charsets, Message-ID style).
 */

export type Lang = 'fr' | 'en';

/** Time zones of the scenario's senders (offsets computed with the EU summer-time rule). */
export type Zone = 'Europe/Paris' | 'Europe/London';

/** Mail clients; each writes replies, forwards, dates and encodings its own way (compose/clients.ts). */
export type ClientKey =
  | 'outlook-en' // Exchange/Outlook, English UI: "RE:", "FW:", "-----Original Message-----"
  | 'outlook-fr' // Exchange/Outlook, French UI: "RE :", "TR :", "-----Message d'origine-----", Latin-1
  | 'thunderbird-fr' // "Re:", "Le 02/09/2024 à 09:14, X a écrit :", UTF-8 8bit
  | 'webmail-fr' // a French ISP webmail: UTF-8 base64 bodies
  | 'iphone-fr' // "Envoyé de mon iPhone", "Le 12 oct. 2024 à 21:14, X a écrit :"
  | 'gmail-en' // "On Mon, 2 Sept 2024 at 09:14, X wrote:", multipart/alternative
  | 'mairie' // the town hall's old groupware: "Réf. :", no In-Reply-To/References
  | 'mailer'; // a bulk mailer (newsletter): HTML only

export interface Identity {
  /** Display name as this identity writes it in From. */
  name: string;
  email: string;
  client: ClientKey;
  zone: Zone;
  /** Language the person writes in by default. */
  lang: Lang;
  /** Signature block appended to first messages (and to replies unless the message says otherwise). */
  signature?: string;
  /** Short sign-off used on quick replies. */
  short?: string;
  /** Footer the organisation's server appends to every outgoing message. */
  disclaimer?: string;
  /** Mailbox (custodian) whose folders hold this identity's sent and received mail, when it is one of the leaked ones. */
  custodian?: string;
  /** For a distribution list: the identities it delivers to. */
  members?: string[];
}

export interface AttachmentSpec {
  /** Key into the attachment catalogue (scenario/attachments.ts). */
  file: string;
  /** File name as this sender attached it (the same file travels under different names). */
  name: string;
}

/** A copy of a message whose body someone changed afterwards, kept in another mailbox under the same Message-ID. */
export interface DoctoredCopy {
  /** "custodian/folder" where the altered copy lies instead of the genuine one. */
  at: string;
  /** Each [from, to] replaced in the body of that copy. */
  replace: [string, string][];
}

export interface MessageSpec {
  /** Label other messages use to reply to or forward this one; unique within its thread. */
  label?: string;
  from: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  /** Sender's local wall-clock time, "YYYY-MM-DD HH:MM". */
  at: string;
  /** The sender's own words: greeting, text, sign-off. Signature, quote and footer are added by compose/. */
  body: string;
  /** 'reply' (default after the first message), 'forward', or 'new'. */
  kind?: 'new' | 'reply' | 'forward';
  /** Label of the message answered or forwarded; default: the previous message of the thread. */
  parent?: string;
  /** Subject as written; default: the parent's subject with the sender's client prefix. */
  subject?: string;
  /** Quote the parent below the answer (default true for replies and forwards). */
  quote?: boolean;
  /** Signature: 'full' block, 'short' sign-off, or 'none'. Default: full on new mail, short on replies. */
  sig?: 'full' | 'short' | 'none';
  lang?: Lang;
  attach?: AttachmentSpec[];
  /** HTML body: with `text` a multipart/alternative, alone (htmlOnly) an HTML-only message. */
  html?: string;
  htmlOnly?: boolean;
  /** Planted anomalies, each listed in manifest.json. */
  quirks?: {
    noMessageId?: boolean;
    /** Date header written verbatim instead of a valid RFC 5322 date. */
    dateRaw?: string;
    /** Leave out In-Reply-To/References although the client would write them. */
    noThreadHeaders?: boolean;
    /** Subject header written as raw UTF-8 (a mailer that does not encode headers). */
    rawSubject?: boolean;
    charset?: 'utf-8' | 'iso-8859-1' | 'windows-1252';
    transfer?: '8bit' | 'quoted-printable' | 'base64';
    doctored?: DoctoredCopy;
  };
  /** Folder overrides for this message's copies: custodian → folder. */
  folders?: Record<string, string>;
}

export interface ThreadSpec {
  key: string;
  subject: string;
  /** Where custodians file this thread's incoming mail instead of their inbox: custodian → folder. */
  folders?: Record<string, string>;
  messages: MessageSpec[];
}

/** Document anomalies the demo plants (the names leakgraph gives them; demo/README.md explains each). */
export type PlantedAnomaly =
  | 'created-after-modified'
  | 'pdf-incremental-updates'
  | 'producer-is-editor'
  | 'editor-foreign-script'
  | 'editor-not-correspondent'
  | 'edit-burst'
  | 'modified-after-sent'
  | 'same-name-different-hash';
