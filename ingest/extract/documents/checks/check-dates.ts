/**
 * ③ extract (documents): date checks — created after modified, dates in the future, dates before
 * the format or the PDF version existed. Clock errors and time zones explain small gaps, so each
 * check leaves a margin and cites both values.
 */
import type { DocumentAnomaly } from '../types.js';
import { type CheckInput, type CheckOptions, cite, dayOf, sourcePart, time } from './evidence.js';
import { FORMAT_SINCE, PDF_VERSION_SINCE } from './releases.js';

// Zoneless dates read as UTC can be off by up to 14 hours; a wrong clock by a day.
const CLOCK_MARGIN_MS = 26 * 3600_000;
// Writers set created and modified from two clock reads within one save.
const SAVE_MARGIN_MS = 60_000;

export function checkCreatedAfterModified(input: CheckInput): DocumentAnomaly[] {
  const n = input.metadata.normalised;
  const created = time(n.created);
  const modified = time(n.modified);
  if (created === undefined || modified === undefined || created <= modified + SAVE_MARGIN_MS) return [];
  // Two different places in the file (FlashPix UTC vs the Word DOP's local time) disagree by design.
  if (sourcePart(n.sources.created) !== sourcePart(n.sources.modified)) return [];
  return [
    {
      kind: 'created-after-modified',
      explanation: `The file says it was created (${n.created}) after it was last modified (${n.modified}). A program saving a file never writes that; a date edited by hand, or a copy whose dates were reset inconsistently, does.`,
      evidence: [cite(input, 'created'), cite(input, 'modified')],
    },
  ];
}

export function checkFutureDates(input: CheckInput, options: CheckOptions): DocumentAnomaly[] {
  const n = input.metadata.normalised;
  const now = options.now.getTime();
  const out: DocumentAnomaly[] = [];
  for (const field of ['created', 'modified', 'printed'] as const) {
    const t = time(n[field]);
    if (t === undefined || t <= now + CLOCK_MARGIN_MS) continue;
    out.push({
      kind: 'date-in-future',
      explanation: `The ${field} date (${n[field]}) is later than the time of this analysis (${options.now.toISOString()}). Either the author's clock was wrong or the date was set by hand.`,
      evidence: [cite(input, field), { field: 'analysis time', value: options.now.toISOString() }],
    });
  }
  return out;
}

/**
 * The last save must come after the file format, and after the PDF version its header declares,
 * existed. Only the last save: a creation date older than the format is what converting an old
 * document (a 2005 .doc saved as .docx) legitimately keeps.
 */
export function checkDatesBeforeFormat(input: CheckInput): DocumentAnomaly[] {
  const n = input.metadata.normalised;
  const field = n.modified ? 'modified' : 'created';
  const lastSave = time(n[field]);
  if (lastSave === undefined) return [];
  const out: DocumentAnomaly[] = [];
  const format = FORMAT_SINCE[input.format];
  if (format && lastSave < format.since - CLOCK_MARGIN_MS) {
    out.push({
      kind: 'date-before-format',
      explanation: `The file was last saved on ${dayOf(lastSave)} according to its metadata, before its file format existed: ${format.what}. The date was set by hand, or the file was made later than it claims.`,
      evidence: [cite(input, field), { field: 'format', value: input.format }],
    });
    return out;
  }
  const version = input.structure.pdfVersion ? PDF_VERSION_SINCE[input.structure.pdfVersion] : undefined;
  if (version && lastSave < version.since - CLOCK_MARGIN_MS) {
    out.push({
      kind: 'date-before-format',
      explanation: `The file was last saved on ${dayOf(lastSave)} according to its metadata, but it is a ${version.what} file, a version published later (${dayOf(version.since)}). The save date is not the real one.`,
      evidence: [cite(input, field), { field: 'PDF header version', value: input.structure.pdfVersion! }],
    });
  }
  return out;
}
