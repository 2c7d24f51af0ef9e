/**
 * Reader for CLEF-HIPE-2020 TSV (French historical newspapers, OCR text). One GoldDoc per document_id;
 * the text is rebuilt exactly from the MISC column (NoSpaceAfter, EndOfLine). Scored: the coarse literal
 * column (NE-COARSE-LIT) for pers/org/loc; prod and time are not among our types.
 */
import { readFileSync } from 'node:fs';

import type { EntityType } from '../../ingest/extract/entities/types.js';
import { type GoldDoc, GoldFormatError, type GoldSet, type GoldToken, joinTokens } from './gold.js';
import { spansFromBio } from './bio.js';

const TYPES: Record<string, EntityType> = { pers: 'PER', org: 'ORG', loc: 'LOC' };

interface DocTokens {
  id: string;
  lines: GoldToken[][];
  tags: string[][];
}

export function readHipe(path: string): GoldSet {
  const docs: DocTokens[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const tagColumn = header.indexOf('NE-COARSE-LIT');
  const miscColumn = header.indexOf('MISC');
  if (header[0] !== 'TOKEN' || tagColumn < 0 || miscColumn < 0) {
    throw new GoldFormatError(`${path}:1: expected a HIPE header (TOKEN … NE-COARSE-LIT … MISC), got "${lines[0]}"`);
  }
  let newLine = true;
  lines.slice(1).forEach((line, n) => {
    const id = /^# document_id = (.+)$/.exec(line)?.[1];
    if (id) {
      docs.push({ id, lines: [], tags: [] });
      newLine = true;
      return;
    }
    if (line.startsWith('#') || line.trim() === '') return;
    const cols = line.split('\t');
    const doc = docs.at(-1);
    if (!doc || cols.length <= miscColumn)
      throw new GoldFormatError(`${path}:${n + 2}: token outside a document or short row`);
    if (newLine) {
      doc.lines.push([]);
      doc.tags.push([]);
    }
    const misc = cols[miscColumn]!.split('|');
    doc.lines.at(-1)!.push({ text: cols[0]!, noSpaceAfter: misc.includes('NoSpaceAfter') });
    doc.tags.at(-1)!.push(cols[tagColumn]!);
    newLine = misc.includes('EndOfLine');
  });
  return {
    name: `hipe2020 (${docs.length} documents)`,
    docs: docs.map(toGoldDoc),
    notes: ['coarse literal tags pers/org/loc; prod and time not scored; historical OCR text'],
  };
}

function toGoldDoc(doc: DocTokens): GoldDoc {
  const { text, offsets } = joinTokens(doc.lines, true);
  return { id: doc.id, text, spans: spansFromBio(doc.tags.flat(), offsets.flat(), (tag) => TYPES[tag.toLowerCase()]) };
}
