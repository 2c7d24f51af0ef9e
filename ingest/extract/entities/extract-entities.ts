/**
 * ③ extract, entities: a message's text (and subject) → language and named mentions (PER, ORG, LOC),
 * mentions of known correspondents linked to their id. Pure and synchronous; runs inside the parse workers.
 *
 *   body ──prepare──▶ own words ──detect──▶ lang ──recognise (gazetteer, rules, compromise)──▶ spans
 *        ──trim + key + map offsets back──▶ Mention[]
 */
import type { Gazetteer } from './gazetteer/build-gazetteer.js';
import { gazetteerTable, matchGazetteer, type NameTable } from './gazetteer/match-gazetteer.js';
import { participantTable } from './gazetteer/participant-table.js';
import { detectLanguage } from './language/detect-language.js';
import { entityKey, trimSpan } from './normalise/normalise-mention.js';
import { contextAt, prepareText, toOriginalOffset } from './prepare/prepare-text.js';
import { linkAcronyms } from './recognise/acronyms.js';
import { signerSpan } from './recognise/person-rules.js';
import { recogniseNames } from './recognise/recognise.js';
import { resolveOverlaps, type Span } from './recognise/spans.js';
import type { TaggingLevel } from './recognise/tag-text.js';
import type { Correspondent, Mention, MentionContext, MentionField } from './types.js';

const BRACKETS = /[[\]{}()<>|\\]/;

// A subject is a line; past this it is hostile or broken, and only its start is read.
export const MAX_SUBJECT_CHARS = 1_000;

export interface ExtractInput {
  /** The message body as parsed (ParsedMessage.text). */
  text: string;
  subject?: string;
}

export interface ExtractOptions {
  /** Every known correspondent's full-name variants, built once per run (buildGazetteer). */
  gazetteer?: Gazetteer;
  /** The message's participants (From, To, Cc; the thread's when known): their first names count too. */
  participants?: Correspondent[];
  /** compromise tagging level (default 'lexicon'; 'full' runs its whole tagger: 3x slower, no better). */
  tagging?: TaggingLevel;
  /**
   * Keep quotes, signatures and footers: the text is known to be only the writer's words (plain text on the
   * CLI, the evaluation's recognition mode). Markup is still blanked and the length capped.
   */
  raw?: boolean;
  /** Characters of forwarded text and ">" lines read (default MAX_OTHERS_CHARS; 0 reads the writer's words only). */
  maxOthersChars?: number;
  /** Characters of a quoted reply chain read (default MAX_QUOTED_CHARS). */
  maxQuotedChars?: number;
  /** Characters of the writer's words read (default MAX_PREPARED_CHARS: a message body's). */
  maxChars?: number;
}

export interface ExtractResult {
  /** ISO 639-1 code of the body's own words, or "und". */
  lang: string;
  mentions: Mention[];
  /** True when the own words were longer than MAX_PREPARED_CHARS and only their start was read. */
  truncated: boolean;
}

function recognise(
  text: string,
  lang: string,
  tables: NameTable[],
  options: ExtractOptions,
  signer?: [number, number],
): Span[] {
  let spans = recogniseNames(text, { lang, ...(options.tagging && { tagging: options.tagging }) });
  spans.push(...matchGazetteer(text, tables));
  // The writer's name alone under the sign-off is a person whatever the rules made of it ("AZMAT", "Frank").
  const name = signer && signerSpan(text, signer[0], signer[1]);
  if (
    name &&
    !spans.some((s) => s.type === 'PER' && s.source === 'gazetteer' && s.start <= name.start && s.end >= name.end)
  ) {
    spans = spans.filter((s) => s.end <= name.start || s.start >= name.end);
    spans.push(name);
  }
  return linkAcronyms(text, resolveOverlaps(spans, text));
}

interface Place {
  field: MentionField;
  toOriginal: (offset: number) => number;
  contextOf: (offset: number) => MentionContext;
}

function toMentions(spans: Span[], text: string, place: Place): Mention[] {
  const mentions: Mention[] = [];
  for (const span of spans) {
    const trimmed = trimSpan(text, span.start, span.end);
    if (!trimmed) continue;
    const words = text.slice(trimmed[0], trimmed[1]);
    // Table cells and markup debris ("IMAGE][IMAGE", "ECAR(CTR"): brackets inside a name are not names.
    if (BRACKETS.test(words)) continue;
    const key = entityKey(span.type, words);
    if (key.length <= span.type.length + 1) continue;
    mentions.push({
      type: span.type,
      text: words,
      start: place.toOriginal(trimmed[0]),
      end: place.toOriginal(trimmed[1]),
      field: place.field,
      key,
      context: place.contextOf(trimmed[0]),
      ...(span.personId !== undefined && { personId: span.personId }),
      ...(span.role !== undefined && { role: span.role }),
      ...(span.shortFor !== undefined && { shortFor: span.shortFor }),
    });
  }
  return mentions;
}

export function extractEntities(input: ExtractInput, options: ExtractOptions = {}): ExtractResult {
  const prepared = prepareText(input.text, {
    keepAll: options.raw === true,
    subject: input.subject ?? '',
    ...(options.maxOthersChars !== undefined && { maxOthersChars: options.maxOthersChars }),
    ...(options.maxQuotedChars !== undefined && { maxQuotedChars: options.maxQuotedChars }),
    ...(options.maxChars !== undefined && { maxChars: options.maxChars }),
  });
  const lang = detectLanguage(prepared.text);
  const tables: NameTable[] = [];
  if (options.participants?.length) tables.push(participantTable(options.participants));
  if (options.gazetteer) tables.push(gazetteerTable(options.gazetteer));
  const mentions = toMentions(recognise(prepared.text, lang, tables, options, prepared.signer), prepared.text, {
    field: 'text',
    toOriginal: (o) => toOriginalOffset(prepared, o),
    contextOf: (o) => contextAt(prepared, o),
  });
  const subject = input.subject ? input.subject.slice(0, MAX_SUBJECT_CHARS) : '';
  if (subject) {
    const place: Place = { field: 'subject', toOriginal: (o) => o, contextOf: () => 'own' };
    mentions.push(...toMentions(recognise(subject, lang, tables, options), subject, place));
  }
  return { lang, mentions, truncated: prepared.truncated };
}
