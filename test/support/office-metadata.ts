/**
 * Real office documents with chosen metadata, for the cross-document signal tests (issue 12): a
 * fixture DOCX/XLSX/PPTX from ../shared with its docProps/core.xml written anew (author, last
 * editor, dates), every other part as it was. Each choice gives another content, so another hash.
 * Read with yauzl and written with yazl (the project's zip reader and writer).
 */
import { makeZip } from '../ingest/read/read-helpers.js';
import { unzip } from '../server/support/http.js';

export interface CoreProperties {
  creator?: string;
  lastModifiedBy?: string;
  /** W3CDTF instants ("2019-03-01T09:00:00Z"). */
  created?: string;
  modified?: string;
  title?: string;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function coreXml(p: CoreProperties): string {
  const fields = [
    p.title !== undefined && `<dc:title>${xmlEscape(p.title)}</dc:title>`,
    p.creator !== undefined && `<dc:creator>${xmlEscape(p.creator)}</dc:creator>`,
    p.lastModifiedBy !== undefined && `<cp:lastModifiedBy>${xmlEscape(p.lastModifiedBy)}</cp:lastModifiedBy>`,
    p.created && `<dcterms:created xsi:type="dcterms:W3CDTF">${p.created}</dcterms:created>`,
    p.modified && `<dcterms:modified xsi:type="dcterms:W3CDTF">${p.modified}</dcterms:modified>`,
  ].filter(Boolean);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${fields.join('')}</cp:coreProperties>`;
}

/** `office` (an OOXML package) with its core properties replaced by `properties`. */
export async function withCoreProperties(office: Buffer, properties: CoreProperties): Promise<Buffer> {
  const parts = await unzip(office);
  if (!parts.has('docProps/core.xml')) throw new Error('withCoreProperties: the package has no docProps/core.xml');
  parts.set('docProps/core.xml', Buffer.from(coreXml(properties)));
  // makeZip: fixed entry dates, so the same choices give the same bytes (the same hash) every time.
  // Directory entries ("_rels/") hold nothing: the parts under them carry their paths.
  return makeZip([...parts].filter(([name]) => !name.endsWith('/')).map(([name, data]) => ({ name, data })));
}
