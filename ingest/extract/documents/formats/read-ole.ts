/**
 * ③ extract (documents): everything in an OLE2 compound file: the property sets first (they are
 * readable even when the content is encrypted), then the content by its type.
 */
import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import { readPropertySet } from '../metadata/ole-props.js';
import type { DocumentFormat } from '../types.js';
import type { FormatContext } from './context.js';
import { classifyOle, openOle } from './ole-file.js';
import { readDoc } from './read-doc.js';
import { readPpt } from './read-ppt.js';
import { readXls } from './read-xls.js';

export async function readOle(ctx: FormatContext): Promise<{ format: DocumentFormat; detail?: string }> {
  const ole = openOle(ctx.bytes, ctx.limits);
  const found = classifyOle(ole, ctx.extension);
  ctx.format = found.format;
  ctx.detail = found.detail;
  ctx.structure.oleDepth = ole.depth;
  ctx.structure.oleEntries = ole.paths.length;
  ctx.structure.embeddedObjects = new Set(
    ole.paths
      .filter((p) => /^(ObjectPool|_xmlsignatures|MBD[0-9A-F]+)\//.test(p))
      .map((p) => p.split('/').slice(0, 2).join('/')),
  ).size;
  for (const name of ['\u0005SummaryInformation', '\u0005DocumentSummaryInformation']) {
    const stream = ole.stream(name);
    if (stream) readPropertySet(stream, ctx.meta, name.slice(1));
  }
  const root = ole.container.FileIndex[0];
  if (root?.mt) ctx.meta.add('OLE root entry', 'modified time', root.mt.toISOString());
  if (root?.ct) ctx.meta.add('OLE root entry', 'created time', root.ct.toISOString());
  switch (found.format) {
    case 'doc':
      await readDoc(ctx, ole);
      break;
    case 'xls':
      readXls(ctx, ole.stream('Workbook') ?? ole.stream('Book'));
      break;
    case 'ppt':
      readPpt(ctx, ole);
      break;
    case 'msg':
      break; // an Outlook item: the mail pipeline reads it as a message
    default:
      if (found.detail?.startsWith('encrypted OOXML')) {
        throw new DocumentEncryptedError([
          'OLE2 container with EncryptedPackage and EncryptionInfo streams (MS-OFFCRYPTO)',
        ]);
      }
      throw new DocumentReadError(
        'unsupported',
        `an OLE2 compound file of another application (streams: ${ole.paths.slice(0, 6).join(', ')})`,
      );
  }
  return found;
}
