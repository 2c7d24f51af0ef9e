/**
 * ③ extract (documents): legacy Excel (.xls, BIFF2-8, including the bare BIFF4 streams Excel 4
 * wrote without an OLE container) through SheetJS. SheetJS is the only maintained JavaScript
 * reader of BIFF; the `xlsx` package on npm is frozen at 0.18.5 with known advisories for hostile
 * files (prototype pollution, ReDoS), so the current 0.20 release is taken from @e965/xlsx, which
 * republishes SheetJS's own builds unchanged.
 *
 * A FILEPASS record among the first records means the workbook is encrypted (RC4 or XOR).
 */
import * as XLSX from '@e965/xlsx';

import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import type { FormatContext } from './context.js';

const FILEPASS = 0x002f;
// FILEPASS follows BOF and a few header records; it is never far in.
const FILEPASS_SCAN_RECORDS = 64;

function hasFilepass(workbook: Buffer): boolean {
  let at = 0;
  for (let i = 0; i < FILEPASS_SCAN_RECORDS && at + 4 <= workbook.length; i++) {
    const type = workbook.readUInt16LE(at);
    if (type === FILEPASS) return true;
    at += 4 + workbook.readUInt16LE(at + 2);
  }
  return false;
}

/** Reads a workbook; `workbookStream` is the OLE Workbook/Book stream (absent for a bare BIFF file). */
export function readXls(ctx: FormatContext, workbookStream: Buffer | undefined): void {
  if (workbookStream && hasFilepass(workbookStream))
    throw new DocumentEncryptedError(['Excel FILEPASS record (workbook encrypted)']);
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(ctx.bytes, {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      bookProps: false,
      WTF: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(message)) throw new DocumentEncryptedError([`SheetJS: ${message}`]);
    throw new DocumentReadError('corrupt', `the workbook cannot be read: ${message}`);
  }
  ctx.meta.add('Workbook', 'sheets', book.SheetNames.length);
  for (const name of book.SheetNames) {
    if (ctx.text.full) break;
    ctx.deadline.check(`sheet ${name}`);
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    ctx.text.push(`${name}\n`);
    ctx.text.push(XLSX.utils.sheet_to_csv(sheet, { FS: '\t', blankrows: false, strip: true }));
    ctx.text.newline();
  }
}
