/**
 * ③ extract (documents): legacy PowerPoint (.ppt). No maintained npm package reads PowerPoint 97
 * text (SheetJS's `ppt` was abandoned at 0.0.2), so this walks the "PowerPoint Document" stream's
 * records for the two text atoms, as catppt does: TextCharsAtom (UTF-16) and TextBytesAtom (8-bit).
 * Records are a flat header (version, type, length); containers are entered, atoms skipped over,
 * every length bounds-checked.
 */
import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import type { FormatContext } from './context.js';
import type { OleFile } from './ole-file.js';

const CONTAINER_VERSION = 0x0f;
const TEXT_CHARS_ATOM = 0x0fa0;
const TEXT_BYTES_ATOM = 0x0fa8;
// CString carries comment text, master and layout names, hyperlink labels; the ___PPT tag names are internal.
const CSTRING = 0x0fba;
const CRYPT_SESSION = 0x2f14;
// An embedded OLE object (MS-PPT ExOleObjStg): counted here, taken out by read/embedded-objects.ts.
const EX_OLE_OBJ_STG = 0x1011;

export function readPpt(ctx: FormatContext, ole: OleFile): void {
  if (ole.paths.includes('EncryptedSummary')) throw new DocumentEncryptedError(['PowerPoint EncryptedSummary stream']);
  const stream = ole.stream('PowerPoint Document');
  if (!stream) throw new DocumentReadError('corrupt', 'the "PowerPoint Document" stream is missing');
  let at = 0;
  while (at + 8 <= stream.length && !ctx.text.full) {
    const version = stream.readUInt16LE(at) & 0x0f;
    const type = stream.readUInt16LE(at + 2);
    const length = stream.readUInt32LE(at + 4);
    if (type === CRYPT_SESSION) throw new DocumentEncryptedError(['PowerPoint CryptSession10Container record']);
    if (type === EX_OLE_OBJ_STG) ctx.structure.embeddedObjects = (ctx.structure.embeddedObjects ?? 0) + 1;
    if (version === CONTAINER_VERSION) {
      at += 8;
      continue;
    }
    const end = Math.min(stream.length, at + 8 + length);
    let text: string | undefined;
    if (type === TEXT_CHARS_ATOM || type === CSTRING)
      text = stream.toString('utf16le', at + 8, end - ((end - at - 8) % 2));
    else if (type === TEXT_BYTES_ATOM) text = stream.toString('latin1', at + 8, end);
    if (text !== undefined && !(type === CSTRING && text.startsWith('___PPT')))
      ctx.text.push(`${text.replace(/\r|\v/g, '\n')}\n`);
    at += 8 + length;
  }
}
