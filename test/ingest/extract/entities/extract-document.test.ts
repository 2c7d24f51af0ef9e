/**
 * Entities of a document's text (issue 12): every mention in context 'document', mail conventions
 * (quotes, signatures, the sender) not applied, and only the first MAX_DOCUMENT_CHARS read.
 */
import { describe, expect, it } from 'vitest';

import { MAX_DOCUMENT_CHARS } from '../../../../ingest/extract/entities/document-text.js';
import { extractDocumentEntities } from '../../../../ingest/extract/entities/extract-document.js';
import { buildGazetteer } from '../../../../ingest/extract/entities/gazetteer/build-gazetteer.js';
import { MAX_PREPARED_CHARS } from '../../../../ingest/extract/entities/prepare/prepare-text.js';

const doc = (text: string) => ({ kind: 'document' as const, id: 'a'.repeat(64), text });
const keys = (text: string) => extractDocumentEntities(doc(text), undefined).mentions.map((m) => m.key);

describe('extractDocumentEntities', () => {
  it('puts every mention in context document, a correspondent linked by the gazetteer', () => {
    const gazetteer = buildGazetteer([{ id: 'address:bob@example.org', names: ['Bob Stone'], addresses: [] }]);
    const { mentions } = extractDocumentEntities(doc('Margaret Thatcher wrote to Bob Stone in Rotterdam.'), gazetteer);
    expect(mentions.map((m) => [m.key, m.personId ?? null, m.contexts])).toEqual([
      ['PER:margaret thatcher', null, ['document']],
      ['PER:bob stone', 'address:bob@example.org', ['document']],
      ['LOC:rotterdam', null, ['document']],
    ]);
  });

  it('reads "> " lines and a sign-off as text, not as quoted mail or a signature', () => {
    const text = '> Margaret Thatcher visited Rotterdam.\n\nRegards,\nBob Stone';
    const { mentions } = extractDocumentEntities(doc(text), undefined);
    expect(mentions.map((m) => m.key)).toEqual(
      expect.arrayContaining(['PER:margaret thatcher', 'LOC:rotterdam', 'PER:bob stone']),
    );
    expect(new Set(mentions.flatMap((m) => m.contexts))).toEqual(new Set(['document']));
  });

  it('reads past a message body budget, up to MAX_DOCUMENT_CHARS and no further', () => {
    expect(MAX_DOCUMENT_CHARS).toBeGreaterThan(MAX_PREPARED_CHARS);
    const filler = (n: number) =>
      'the committee met again and nothing was decided. '.repeat(Math.ceil(n / 49)).slice(0, n);
    // Starts just past a message's budget: a body would not be read this far.
    const inside = `${filler(MAX_PREPARED_CHARS + 100)}\nMargaret Thatcher visited Rotterdam.\n`;
    expect(keys(inside)).toContain('LOC:rotterdam');
    const outside = `${filler(MAX_DOCUMENT_CHARS + 10)}\nMargaret Thatcher visited Rotterdam.\n`;
    expect(keys(outside)).toEqual([]);
  });
});
