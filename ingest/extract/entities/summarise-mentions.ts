/**
 * Mentions of one message → one row per thing mentioned, with a count: what a
 * (:Message)-[:MENTIONS {count, contexts, roles}]->(:Entity|:Person) edge needs. A mention linked to a
 * correspondent counts for that person; the others count for their entity key. The contexts say whose words
 * named it (own text, signature, quoted, forwarded), the roles which titles stood before the name.
 */
import { type EntityType, MENTION_CONTEXTS, type Mention, type MentionContext } from './types.js';

export interface MentionSummary {
  type: EntityType;
  /** Entity key ("PER:phillip allen"); for a linked person, the key of its most frequent spelling. */
  key: string;
  /** The most frequent spelling in this message (ties: the first seen). */
  name: string;
  personId?: string;
  count: number;
  /** Whose words named it in this message, strongest first ("own" before "forwarded"). */
  contexts: MentionContext[];
  /** Titles written before the name, as written, first seen first ("CEO", "le ministre"). */
  roles: string[];
  /** ORG: the key of the long form this acronym stands for, when the message defines it. */
  shortFor?: string;
}

export function summariseMentions(mentions: Mention[]): MentionSummary[] {
  const groups = new Map<
    string,
    {
      type: EntityType;
      personId?: string;
      spellings: Map<string, { key: string; n: number }>;
      count: number;
      contexts: Set<MentionContext>;
      roles: Set<string>;
      shortFor?: string;
    }
  >();
  for (const mention of mentions) {
    const id = mention.personId !== undefined ? `person:${mention.personId}` : mention.key;
    let group = groups.get(id);
    if (!group) {
      group = {
        type: mention.type,
        spellings: new Map(),
        count: 0,
        contexts: new Set(),
        roles: new Set(),
        ...(mention.personId !== undefined && { personId: mention.personId }),
      };
      groups.set(id, group);
    }
    group.count++;
    group.contexts.add(mention.context);
    if (mention.role !== undefined) group.roles.add(mention.role);
    if (mention.shortFor !== undefined) group.shortFor ??= mention.shortFor;
    const spelling = group.spellings.get(mention.text) ?? { key: mention.key, n: 0 };
    spelling.n++;
    group.spellings.set(mention.text, spelling);
  }
  return [...groups.values()].map((group) => {
    let best: [string, { key: string; n: number }] | undefined;
    for (const entry of group.spellings) if (!best || entry[1].n > best[1].n) best = entry;
    return {
      type: group.type,
      key: best![1].key,
      name: best![0],
      count: group.count,
      contexts: MENTION_CONTEXTS.filter((c) => group.contexts.has(c)),
      roles: [...group.roles],
      ...(group.personId !== undefined && { personId: group.personId }),
      ...(group.shortFor !== undefined && { shortFor: group.shortFor }),
    };
  });
}
