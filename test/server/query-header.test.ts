/**
 * Issue 14: an exported saved query's header cannot be broken out of. A line break in a parameter
 * description (or the title, or the description) would end the `//` comment and make the rest of
 * the line Cypher that runs when the file is run.
 */
import { describe, expect, it } from 'vitest';

import { type QueryDefinition, formatQueryFile, parseQueryFile } from '../../server/queries/header.js';

const INJECTED = 'DETACH DELETE n';

describe('exported query header (issue 14)', () => {
  it.each([
    ['newline', '\n'],
    ['carriage return', '\r'],
    ['line separator', '\u2028'],
    ['next line (C1)', '\u0085'],
    ['vertical tab', '\u000b'],
  ])('a %s in descriptions stays inside the comment', (_what, br) => {
    const q: QueryDefinition = {
      name: 'hostile',
      title: `Title${br}MATCH (n) ${INJECTED}`,
      description: `About${br}MATCH (n) ${INJECTED}`,
      result: 'table',
      params: [
        {
          name: 'who',
          type: 'string',
          description: `whose${br}MATCH (n) ${INJECTED}${br}//`,
          default: 'x',
          required: false,
        },
      ],
      cypher: 'RETURN $who AS who',
    };
    const file = formatQueryFile(q);
    // Every line before the Cypher is a comment; the Cypher is the query's own, alone.
    // eslint-disable-next-line no-control-regex -- every kind of line break, control ones included
    const lines = file.split(/\r\n|\r|\n|\u2028|\u2029|\u0085|\u000b/);
    const firstCode = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('//'));
    expect(lines.slice(firstCode).join('\n').trim()).toBe('RETURN $who AS who');
    const back = parseQueryFile(file, 'hostile.cypher');
    expect(back.cypher).toBe('RETURN $who AS who');
    expect(back.params[0]!.description).toBe(`whose MATCH (n) ${INJECTED} //`);
    expect(back.title).toBe(`Title MATCH (n) ${INJECTED}`);
  });
});
