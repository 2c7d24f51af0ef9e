/**
 * Reply and forward prefixes in English and French, as mail clients write them.
 */
import { describe, expect, it } from 'vitest';

import { subjectThreadKey } from '../../../ingest/extract/ids.js';

describe('subjectThreadKey', () => {
  it.each([
    ['Re: tagging website', 'tagging website', true],
    ['RE: RE: Gas schedule', 'gas schedule', true],
    ['RE : Réunion de lundi', 'réunion de lundi', true],
    ['TR: Permis de construire', 'permis de construire', true],
    ['Fwd: Fw: Q3 numbers', 'q3 numbers', true],
    ['Réf. : dossier Kerlan', 'dossier kerlan', true],
    ['Re[2]: budget', 'budget', true],
    ['AW: Angebot', 'angebot', true],
    ['[linux-man] Re: [PATCH v2] foo.2: fix', 'foo.2: fix', true], // list tags and [PATCH] markers are all dropped
    ['Tagging website', 'tagging website', false],
    ['Regarding the meeting', 'regarding the meeting', false],
    ['Trading update', 'trading update', false],
    ['', '', false],
  ])('%s', (subject, key, isReply) => {
    expect(subjectThreadKey(subject)).toEqual({ key, isReply });
  });
});
