/**
 * Issue 4, the pipeline API: plain JSON out, bounded work on hostile input, nothing from an empty body.
 */
import { describe, expect, it } from 'vitest';

import { extractEntities } from '../../../../ingest/extract/entities/extract-entities.js';
import { MAX_PREPARED_CHARS } from '../../../../ingest/extract/entities/prepare/prepare-text.js';
import { missingShared } from '../../../support/shared.js';
import { participantsOf, readShared } from './support.js';

const ENRON = 'fixtures/enron-dev-sample/maildir';

describe('extractEntities', () => {
  it('returns nothing, and no language, for an empty or blank body', () => {
    expect(extractEntities({ text: '' })).toEqual({ lang: 'und', mentions: [], truncated: false });
    expect(extractEntities({ text: ' \n\n\t ', subject: '' }).mentions).toEqual([]);
  });

  it.each([
    ['one 300 KB line of capitalised words', 'Alpha Beta Gamma '.repeat(18_000)],
    ['300 KB of initials', 'A. B. C. '.repeat(33_000)],
    ['300 KB of unclosed markup', '<a href="x" '.repeat(25_000)],
    ['300 KB without a space', 'x'.repeat(300_000)],
    ['300 KB of "> " quotes', '> Dear John Smith\n'.repeat(17_000)],
  ])('does bounded work on %s', (_label, text) => {
    const started = performance.now();
    const result = extractEntities({ text, subject: text.slice(0, 2000) });
    expect(performance.now() - started).toBeLessThan(2_000);
    const bodyMentions = result.mentions.filter((m) => m.field === 'text');
    expect(bodyMentions.every((m) => m.end <= MAX_PREPARED_CHARS)).toBe(true);
  });
});

describe.skipIf(missingShared(ENRON))('extractEntities on a real message', () => {
  it('gives plain data that survives JSON and structuredClone unchanged (slinger-r/inbox/43)', async () => {
    const message = await readShared(`${ENRON}/slinger-r/inbox/43.`);
    const result = extractEntities(
      { text: message.text, subject: message.subject },
      { participants: participantsOf(message) },
    );
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
    expect(result.mentions.find((m) => m.text === 'Gabrielle Hagele')).toMatchObject({ type: 'PER', field: 'text' });
    expect(result.mentions.find((m) => m.field === 'subject')?.text).toMatch(/^UBS/);
  });
});
