/**
 * ③ extract (documents): OpenDocument packages (.odt, .ods, .odp). The mimetype entry says which;
 * an encrypted package says so in META-INF/manifest.xml (manifest:encryption-data), and its
 * content.xml is then ciphertext.
 */
import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import { odfVersion, readOdfMeta } from '../metadata/odf-meta.js';
import type { DocumentFormat } from '../types.js';
import { parseXmlOrdered } from '../xml.js';
import type { ZipPackage } from '../zip-parts.js';
import type { FormatContext } from './context.js';
import { walkOdf } from './odf-text.js';

export function isOdfPart(name: string): boolean {
  return ['mimetype', 'content.xml', 'meta.xml', 'styles.xml', 'META-INF/manifest.xml'].includes(name);
}

export function odfFormat(pkg: ZipPackage): DocumentFormat | undefined {
  const mimetype = pkg.parts.get('mimetype')?.toString('ascii').trim() ?? '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp';
  return undefined;
}

// Headers and footers live in the master pages of styles.xml.
const HEADER_FOOTER = new Set(['style:header', 'style:footer', 'style:header-left', 'style:footer-left']);

export function readOdf(ctx: FormatContext, pkg: ZipPackage): void {
  const manifest = pkg.parts.get('META-INF/manifest.xml')?.toString('utf8') ?? '';
  if (/encryption-data/.test(manifest))
    throw new DocumentEncryptedError(['META-INF/manifest.xml has manifest:encryption-data']);
  const meta = pkg.parts.get('meta.xml');
  if (meta) {
    readOdfMeta(meta, ctx.meta);
    const version = odfVersion(meta, 'meta.xml');
    if (version) ctx.structure.odfVersion = version;
  }
  ctx.structure.hasMacros = pkg.names.some((n) => n.startsWith('Basic/') || n.startsWith('Scripts/'));
  ctx.structure.embeddedObjects = new Set(
    pkg.names.filter((n) => /^Object \d+\//.test(n)).map((n) => n.split('/')[0]),
  ).size;
  const content = pkg.parts.get('content.xml');
  if (!content) throw new DocumentReadError('corrupt', 'the OpenDocument package has no content.xml');
  walkOdf(parseXmlOrdered(content, 'content.xml'), ctx.text);
  const styles = pkg.parts.get('styles.xml');
  if (styles) walkOdf(parseXmlOrdered(styles, 'styles.xml'), ctx.text, HEADER_FOOTER);
}
