/**
 * Demo mailbox: ThreadSpec → Composed messages. Works out what each sender's client would have written
 * around the sender's own words: subject prefix, signature, footer, the quoted or forwarded parent,
 * Message-ID, In-Reply-To/References, the Date header's clock.
 */
import { createHash } from 'node:crypto';

import { IDENTITIES } from '../scenario/people.js';
import type { AttachmentSpec, Identity, Lang, MessageSpec, ThreadSpec } from '../scenario/types.js';
import { CLIENTS, type ClientProfile, type Party, type ThreadHeaders } from './clients.js';
import { type Moment, momentOf, offsetAt, shiftTo } from './dates.js';

// Quoted history is kept this many levels deep; older levels are trimmed, as people do before replying.
const MAX_QUOTE_DEPTH = 3;

export interface Composed {
  /** "thread-key#index": stable, unique, the seed of every generated identifier. */
  key: string;
  thread: ThreadSpec;
  spec: MessageSpec;
  index: number;
  fromKey: string;
  from: Identity;
  client: ClientProfile;
  to: string[];
  cc: string[];
  bcc: string[];
  /** The sender's clock. */
  moment: Moment;
  subject: string;
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  /** Whole text body, LF line ends. */
  text: string;
  /** The sender's own words with signature and footer, without quoted history. */
  own: string;
  depth: number;
  attachments: AttachmentSpec[];
  lang: Lang;
  kind: 'new' | 'reply' | 'forward';
  parent?: Composed;
  threadHeaders: ThreadHeaders;
  /** Sha-256 hex of the key, for identifiers that look random but never change. */
  hex: string;
}

export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

export function identity(key: string): Identity {
  const found = IDENTITIES[key];
  if (!found) throw new ScenarioError(`unknown identity "${key}"`);
  return found;
}

export function partyOf(key: string): Party {
  const { name, email } = identity(key);
  return { name, email };
}

/** Hard wrap at `width` columns, paragraph by paragraph, leaving short and indented lines alone. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width || /^\s/.test(line)) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** "RE : " and "RE:" are the same prefix to the client that wrote them. */
const samePrefix = (subject: string, prefix: string) =>
  subject.replace(/\s+:/, ':').toLowerCase().startsWith(prefix.replace(/\s+:/, ':').trim().toLowerCase());

function derivedSubject(parent: string, client: ClientProfile, kind: 'reply' | 'forward', stacks: boolean): string {
  const prefix = kind === 'forward' ? client.forwardPrefix : client.replyPrefix;
  // Clients do not repeat their own prefix, but prepend it to anyone else's ("RE : Re : …", "TR : Fwd: …");
  // the town hall's groupware stacks even its own ("Réf. : Réf. : …").
  return !stacks && samePrefix(parent, prefix) ? parent : prefix + parent;
}

/**
 * What a reply gets under the writer's words: a formal French letter ending ("… salutations
 * distinguées.") gets the full signature block, a closing formula ("Bien cordialement,") the
 * short sign-off, and a body that already ends with a name nothing more.
 */
function replySignature(body: string): 'full' | 'short' | 'none' {
  const last = body.trimEnd().split('\n').at(-1) ?? '';
  if (/(salutations|considération|expression)[^.]*\.$/i.test(last)) return 'full';
  return last.endsWith(',') ? 'short' : 'none';
}

function signatureOf(spec: MessageSpec, from: Identity, client: ClientProfile, kind: Composed['kind']): string {
  const mode = spec.sig ?? (client.footer ? 'none' : kind === 'new' ? 'full' : replySignature(spec.body));
  const block = mode === 'full' ? (from.signature ?? from.short) : mode === 'short' ? from.short : undefined;
  const parts: string[] = [];
  if (block) parts.push(client.sigDashes ? `-- \n${block}` : block);
  if (client.footer) parts.push(client.footer);
  if (from.disclaimer) parts.push(from.disclaimer);
  return parts.join('\n\n');
}

function ownWords(body: string, client: ClientProfile): string {
  const text = body.replace(/^\n+/, '').trimEnd();
  return client.wrap ? wrap(text, client.wrap) : text;
}

function composeOne(
  thread: ThreadSpec,
  spec: MessageSpec,
  index: number,
  done: Composed[],
  labels: Map<string, Composed>,
): Composed {
  const key = `${thread.key}#${index}`;
  const hex = createHash('sha256').update(key).digest('hex');
  const from = identity(spec.from);
  const client = CLIENTS[from.client];
  const kind = spec.kind ?? (index === 0 ? 'new' : 'reply');
  let parent: Composed | undefined;
  if (kind !== 'new') {
    parent = spec.parent ? labels.get(spec.parent) : done.at(-1);
    if (!parent) throw new ScenarioError(`${key}: no parent "${spec.parent ?? '(previous)'}" to ${kind}`);
  }
  const moment = momentOf(spec.at, from.zone, parseInt(hex.slice(60, 64), 16) % 60);
  if (parent && moment.utcMs <= parent.moment.utcMs)
    throw new ScenarioError(`${key}: written before its parent ${parent.key}`);
  const subject =
    spec.subject ??
    (parent
      ? derivedSubject(parent.subject, client, kind as 'reply' | 'forward', from.client === 'mairie')
      : thread.subject);

  let own = ownWords(spec.body, client);
  const signature = signatureOf(spec, from, client, kind);
  if (signature) own += '\n\n' + signature;
  let text = own;
  let depth = 0;
  if (parent && spec.quote !== false) {
    const history = parent.depth < MAX_QUOTE_DEPTH ? parent.text : parent.own;
    depth = (parent.depth < MAX_QUOTE_DEPTH ? parent.depth : 0) + 1;
    const quoted = {
      from: partyOf(parent.fromKey),
      to: parent.to.map(partyOf),
      cc: parent.cc.map(partyOf),
      subject: parent.subject,
      moment: shiftTo(parent.moment, offsetAt(from.zone, parent.moment.utcMs)),
      text: history,
    };
    const block = kind === 'forward' ? client.forward(quoted, partyOf(spec.from), moment) : client.reply(quoted);
    text = `${own}\n\n${block}`;
  }

  let threadHeaders: ThreadHeaders = kind === 'new' ? 'none' : kind === 'forward' ? client.onForward : client.onReply;
  if (spec.quirks?.noThreadHeaders) threadHeaders = 'none';
  const messageId = spec.quirks?.noMessageId
    ? undefined
    : `<${client.messageId(hex, from.email.split('@')[1]!, moment)}>`;
  const parentId = parent?.messageId;
  const inReplyTo = threadHeaders !== 'none' && parentId ? parentId : undefined;
  const references = threadHeaders === 'full' && parentId ? [...parent!.references, parentId] : [];
  const attachments = spec.attach ?? (kind === 'forward' && parent ? parent.attachments : []);

  return {
    key,
    thread,
    spec,
    index,
    fromKey: spec.from,
    from,
    client,
    to: spec.to,
    cc: spec.cc ?? [],
    bcc: spec.bcc ?? [],
    moment,
    subject,
    references,
    text,
    own,
    depth,
    attachments,
    lang: spec.lang ?? from.lang,
    kind,
    threadHeaders,
    hex,
    ...(messageId && { messageId }),
    ...(inReplyTo && { inReplyTo }),
    ...(parent && { parent }),
  };
}

export function composeThread(thread: ThreadSpec): Composed[] {
  const done: Composed[] = [];
  const labels = new Map<string, Composed>();
  thread.messages.forEach((spec, index) => {
    const composed = composeOne(thread, spec, index, done, labels);
    if (spec.label) {
      if (labels.has(spec.label)) throw new ScenarioError(`${thread.key}: label "${spec.label}" used twice`);
      labels.set(spec.label, composed);
    }
    done.push(composed);
  });
  return done;
}
