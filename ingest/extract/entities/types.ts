/**
 * The types of entity extraction, shared by its modules and by the pipeline that calls it.
 * Everything here is plain data (JSON-serialisable, structured-cloneable) so it can cross worker threads.
 */
import type { EntityType } from '../../../contract/constants.js';

// One list of entity types for the pipeline, the API and the explorer (contract/constants.ts).
export { ENTITY_TYPES, type EntityType } from '../../../contract/constants.js';

/** Where a mention was found: the message body (`ParsedMessage.text`) or its subject. */
export type MentionField = 'text' | 'subject';

/**
 * Whose words a mention sits in: the writer's own text, the writer's sign-off and signature block, a
 * quoted reply (someone else's earlier message, "> " lines or below "-----Original Message-----" in a
 * reply), or forwarded text (a message or article passed on: "Forwarded by", "Begin forwarded message",
 * an original-message block in a message whose subject says FW/TR). The subject counts as own words.
 * Ordered from the writer's own voice outwards: the first is the strongest.
 */
export const MENTION_CONTEXTS = ['own', 'signature', 'quoted', 'forwarded'] as const;
export type MentionContext = (typeof MENTION_CONTEXTS)[number];

export interface Mention {
  type: EntityType;
  /** The words as written (trailing punctuation and possessive "'s" left out). */
  text: string;
  /**
   * Character offsets [start, end) in the ORIGINAL input string of `field` (not in the prepared text):
   * `input.text.slice(start, end) === text`. Text preparation drops whole lines and blanks markup in place,
   * so mapping back costs one lookup per mention.
   */
  start: number;
  end: number;
  field: MentionField;
  /** Entity key: type + folded name, e.g. "PER:emmanuel macron". One graph Entity per key. */
  key: string;
  /** Set when the mention is a known correspondent (gazetteer or participant hit): the id the caller gave. */
  personId?: string;
  /** Whose words the mention sits in (see MentionContext). */
  context: MentionContext;
  /**
   * PER only: the title, office or honorific written before the name, as written ("CEO", "Managing
   * Director", "le ministre", "Mme"); it is not part of `text` or `key`.
   */
  role?: string;
  /**
   * ORG only: the key of the long form this mention abbreviates, when the text defines it
   * ("Millennium Energy Ventures (\"MEVCO\")" → the MEVCO mention has shortFor "ORG:millennium energy ventures").
   */
  shortFor?: string;
}

/** A correspondent the text may name: a Person from the graph, or a message participant. */
export interface Correspondent {
  /** The caller's id for this person (a Person id, or an address key the writer resolves to a Person). */
  id: string;
  /** Display names as seen in headers: "Phillip K. Allen", "Allen, Phillip K.", "ALLEN Phillip". */
  names: string[];
  /** Addresses; "first.last@…" local parts give name variants too. */
  addresses?: string[];
}
