/**
 * ③ extract (documents): an OLE2 compound file (cfb), opened under the structure limits and
 * classified by its streams: WordDocument (.doc), Workbook/Book (.xls), "PowerPoint Document"
 * (.ppt), __substg1.0_ (.msg), EncryptedPackage (a password-protected OOXML file, MS-OFFCRYPTO).
 */
import CFB from 'cfb';

import { DocumentLimitError, DocumentReadError } from '../errors.js';
import type { DocumentLimits } from '../limits.js';
import type { DocumentFormat } from '../types.js';

export interface OleFile {
  container: CFB.CFB$Container;
  /** Stream paths below the root ("WordDocument", "ObjectPool/_1310388059/Ole10Native"). */
  paths: string[];
  depth: number;
  stream(path: string): Buffer | undefined;
}

export function openOle(bytes: Uint8Array, limits: DocumentLimits): OleFile {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DocumentReadError(
      /truncat|short|bounds|EOF/i.test(message) ? 'truncated' : 'corrupt',
      `the OLE2 container cannot be read: ${message}`,
    );
  }
  const root = container.FullPaths[0] ?? '';
  const paths = container.FullPaths.map((p) => p.slice(root.length)).filter((p) => p.length > 0);
  if (paths.length > limits.maxOleEntries) {
    throw new DocumentLimitError(
      'maxOleEntries',
      `the OLE2 container holds ${paths.length} entries (limit ${limits.maxOleEntries})`,
    );
  }
  const depth = Math.max(0, ...paths.map((p) => p.replace(/\/$/, '').split('/').length));
  if (depth > limits.maxOleDepth) {
    throw new DocumentLimitError(
      'maxOleDepth',
      `OLE2 storages are nested ${depth} deep (limit ${limits.maxOleDepth}; embedded objects inside embedded objects)`,
    );
  }
  const byPath = new Map<string, CFB.CFB$Entry>();
  container.FullPaths.forEach((p, i) => byPath.set(p.slice(root.length), container.FileIndex[i]!));
  return {
    container,
    paths: paths.filter((p) => !p.endsWith('/')),
    depth,
    stream(path) {
      const entry = byPath.get(path);
      if (!entry || entry.type !== 2 || !entry.content) return undefined;
      return Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content);
    },
  };
}

export function classifyOle(ole: OleFile, extension: string | undefined): { format: DocumentFormat; detail?: string } {
  // Stream names are case-insensitive in OLE2; some writers upper-case them.
  const names = ole.paths.filter((p) => !p.includes('/'));
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  const top = { has };
  if (top.has('EncryptedPackage') && top.has('EncryptionInfo')) {
    // The package inside is encrypted, so only the name can say which OOXML type it was.
    const claimed =
      extension && ['docx', 'xlsx', 'pptx'].includes(extension.replace(/[mx]$/, 'x'))
        ? (extension.replace(/[mx]$/, 'x') as DocumentFormat)
        : 'ole';
    return { format: claimed, detail: 'encrypted OOXML package (MS-OFFCRYPTO)' };
  }
  if (top.has('WordDocument')) return { format: 'doc' };
  if (top.has('Workbook') || top.has('Book'))
    return top.has('Book') ? { format: 'xls', detail: 'BIFF5 (Excel 5/95)' } : { format: 'xls' };
  if (top.has('PowerPoint Document')) return { format: 'ppt' };
  if (names.some((p) => p.startsWith('__substg1.0_')) || top.has('__properties_version1.0')) return { format: 'msg' };
  return { format: 'ole', detail: 'OLE2 compound file of another application' };
}
