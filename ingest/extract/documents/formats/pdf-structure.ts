/**
 * ③ extract (documents): facts read from a PDF's bytes before pdfjs sees them.
 *
 * Saves: each incremental update appends a body, an xref section, `startxref` and `%%EOF`, so the
 * count of startxref keywords says how often a file was saved on top of itself (a linearized file
 * carries one extra for its first-page section). Encryption: the trailer's /Encrypt dictionary.
 *
 * Decompression bombs: pdfjs inflates content streams in memory with no limit of its own, and
 * typed-array memory is outside the worker's heap limit, so Flate streams are inflated here first
 * with zlib's maxOutputLength, against one budget for the file. Deflate cannot expand more than
 * 1032:1, so a file small enough that even that ratio stays under the budget is skipped — unless a
 * stream chains two Flate filters, which squares the ratio.
 */
import { inflateSync, constants as zlib } from 'node:zlib';

import { DocumentLimitError } from '../errors.js';
import type { StructureFacts } from '../types.js';

const MAX_DEFLATE_RATIO = 1032;
// A stream dictionary is never this far before its `stream` keyword in real files.
const DICT_WINDOW = 4096;

function count(buf: Buffer, needle: string): number {
  let n = 0;
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) n++;
  return n;
}

export interface PdfScan {
  facts: StructureFacts;
  /** The /Encrypt dictionary's parameters, when the trailer has one. */
  encryptDict?: string;
}

/** The /Encrypt dictionary's filter, V and R, from the object the trailer points at (or an inline one). */
function describeEncrypt(buf: Buffer): string | undefined {
  const at = buf.lastIndexOf('/Encrypt');
  if (at < 0) return undefined;
  const after = buf.toString('latin1', at, at + 64);
  const ref = after.match(/^\/Encrypt\s*(\d+)\s+(\d+)\s+R/);
  let text = after;
  if (ref) {
    const obj = new RegExp(`(^|[\\s>])${ref[1]}\\s+${ref[2]}\\s+obj`).exec(buf.toString('latin1'));
    if (!obj) return 'present';
    text = buf.toString('latin1', obj.index, obj.index + 800);
  }
  const dict = text.slice(0, text.indexOf('endobj') > 0 ? text.indexOf('endobj') : undefined);
  const filter = dict.match(/\/Filter\s*\/(\w+)/)?.[1];
  const v = dict.match(/\/V\s+(\d+)/)?.[1];
  const r = dict.match(/\/R\s+(\d+)/)?.[1];
  return [filter && `filter ${filter}`, v && `V ${v}`, r && `R ${r}`].filter(Boolean).join(', ') || 'present';
}

export function scanPdf(buf: Buffer): PdfScan {
  const eof = count(buf, '%%EOF');
  const startxrefs = count(buf, 'startxref');
  const linearized = buf.subarray(0, 2048).includes('/Linearized');
  const facts: StructureFacts = {
    pdfEofMarkers: eof,
    pdfStartxrefs: startxrefs,
    pdfLinearized: linearized,
    pdfIncrementalUpdates: Math.max(0, startxrefs - 1 - (linearized ? 1 : 0)),
    pdfHasJavaScript: buf.includes('/JavaScript') || buf.includes('/JS '),
  };
  const encryptDict = describeEncrypt(buf);
  return { facts, ...(encryptDict !== undefined && { encryptDict }) };
}

/** Inflates every Flate stream under the budget; throws when the file would inflate past it. */
export function guardPdfInflation(buf: Buffer, budget: number): void {
  const chained = /\[\s*\/(FlateDecode|Fl)\s*\/(FlateDecode|Fl)\b/.test(buf.toString('latin1'));
  if (!chained && buf.length * MAX_DEFLATE_RATIO < budget) return;
  let left = budget;
  for (let at = buf.indexOf('stream'); at >= 0; at = buf.indexOf('stream', at + 6)) {
    if (buf.toString('latin1', Math.max(0, at - 3), at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    start++;
    const dict = buf.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
    const own = dict.slice(dict.lastIndexOf(' obj') + 1);
    const flates = (own.match(/\/(FlateDecode|Fl)\b/g) ?? []).length;
    const end = buf.indexOf('endstream', start);
    if (flates === 0 || end < 0) continue;
    let data: Buffer = buf.subarray(start, end);
    for (let i = 0; i < flates && data.length > 0; i++) {
      try {
        data = inflateSync(data, { maxOutputLength: Math.max(1, left), finishFlush: zlib.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw new DocumentLimitError(
            'maxPdfInflatedBytes',
            `a PDF stream at byte ${at} inflates past the ${budget}-byte limit (decompression bomb?)`,
          );
        }
        break; // not Flate data after all (encrypted, damaged): pdfjs decides what to make of it
      }
    }
    left -= data.length;
    if (left < 0)
      throw new DocumentLimitError(
        'maxPdfInflatedBytes',
        `the PDF's streams inflate past the ${budget}-byte limit (decompression bomb?)`,
      );
    at = end;
  }
}
