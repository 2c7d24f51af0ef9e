/**
 * Demo mailbox: Office files (DOCX, XLSX) with the document properties the story needs. The
 * libraries that write them (docx, SheetJS) stamp their own name and the current time into
 * docProps/ and the zip entries; this re-packs their output with core.xml and app.xml written
 * here and every entry dated at the file's last save, so the bytes never change between runs.
 */
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface OfficeProps {
  title?: string;
  creator: string;
  lastModifiedBy: string;
  /** ISO instants, UTC ("2019-03-12T09:14:00Z"), as Office writes them. */
  created: string;
  modified: string;
  revision: number;
  application: 'Microsoft Office Word' | 'Microsoft Excel';
  /** "16.0000": Office 2016 and later. */
  appVersion: string;
  company?: string;
  /** Minutes of editing (Word counts them). */
  totalTime?: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function coreXml(p: OfficeProps): string {
  const dates = (tag: string, value: string) => `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${value}</dcterms:${tag}>`;
  return (
    XML_HEADER +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (p.title ? `<dc:title>${escapeXml(p.title)}</dc:title>` : '') +
    `<dc:creator>${escapeXml(p.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(p.lastModifiedBy)}</cp:lastModifiedBy>` +
    `<cp:revision>${p.revision}</cp:revision>` +
    dates('created', p.created) +
    dates('modified', p.modified) +
    '</cp:coreProperties>'
  );
}

function appXml(p: OfficeProps): string {
  return (
    XML_HEADER +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    (p.totalTime !== undefined ? `<TotalTime>${p.totalTime}</TotalTime>` : '') +
    `<Application>${p.application}</Application><DocSecurity>0</DocSecurity>` +
    (p.company ? `<Company>${escapeXml(p.company)}</Company>` : '') +
    `<AppVersion>${p.appVersion}</AppVersion></Properties>`
  );
}

function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** A zip of `entries` in this order, each dated `at` (zip dates are local: the generator runs in UTC terms). */
export function writeZip(entries: [string, Buffer][], at: Date): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name, { mtime: at, compress: true, forceDosTimestamp: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The package `bytes` with these properties, [Content_Types].xml first as Office writes it. */
export async function withOfficeProps(bytes: Buffer, props: OfficeProps): Promise<Buffer> {
  const entries = await readZip(bytes);
  entries.set('docProps/core.xml', Buffer.from(coreXml(props), 'utf8'));
  entries.set('docProps/app.xml', Buffer.from(appXml(props), 'utf8'));
  const names = [...entries.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return writeZip(
    names.map((n) => [n, entries.get(n)!]),
    zipDate(props.modified),
  );
}

const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name.startsWith('_rels/') ? 1 : 2);

/**
 * A Date whose local wall-clock reading is the UTC time of `iso`: yazl writes the DOS date from the
 * local time, so the zip's bytes would otherwise depend on the machine's time zone.
 */
export function zipDate(iso: string): Date {
  const t = new Date(iso);
  return new Date(
    t.getUTCFullYear(),
    t.getUTCMonth(),
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  );
}
