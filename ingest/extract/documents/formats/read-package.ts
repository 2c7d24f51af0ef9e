/**
 * ③ extract (documents): a zip that may be an office package: ODF by its mimetype entry, OOXML by
 * its content types; any other zip is an archive, whose entries are files of their own (the read
 * stage unpacks archives; a document reader does not).
 */
import { DocumentReadError } from '../errors.js';
import type { DocumentFormat } from '../types.js';
import { readZipPackage } from '../zip-parts.js';
import type { FormatContext } from './context.js';
import { isOdfPart, odfFormat, readOdf } from './read-odf.js';
import { isOoxmlTextPart, ooxmlFormat, readOoxml } from './read-ooxml.js';

export async function readPackage(ctx: FormatContext): Promise<{ format: DocumentFormat }> {
  const pkg = await readZipPackage(ctx.bytes, (name) => isOdfPart(name) || isOoxmlTextPart(name), ctx.limits);
  if (pkg.crcMismatches.length > 0) ctx.structure.packageCrcMismatches = pkg.crcMismatches;
  const odf = odfFormat(pkg);
  if (odf) {
    ctx.format = odf;
    readOdf(ctx, pkg);
    return { format: odf };
  }
  const ooxml = ooxmlFormat(pkg);
  if (ooxml === 'docx' || ooxml === 'xlsx' || ooxml === 'pptx') {
    ctx.format = ooxml;
    readOoxml(ctx, pkg, ooxml);
    return { format: ooxml };
  }
  ctx.format = 'zip'; // opened and seen to be a plain archive, whatever the name says
  throw new DocumentReadError(
    'unsupported',
    `a zip archive of ${pkg.names.length} entries, not an office document; its entries are files of their own`,
  );
}
