/**
 * Test documents built on purpose: OOXML packages written part by part with yazl (so every
 * property can be set, dates in the past or future included), PDFs with pdf-lib, and incremental
 * updates appended by hand the way PDF editors append them.
 */
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import yazl from 'yazl';

export async function zipParts(parts: Record<string, string | Buffer>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts))
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface DocxSpec {
  creator?: string;
  lastModifiedBy?: string;
  created?: string;
  modified?: string;
  application?: string;
  appVersion?: string;
  body?: string;
  /** Replaces word/document.xml entirely (hostile XML). */
  documentXml?: string;
}

export async function buildDocx(spec: DocxSpec): Promise<Buffer> {
  const core = [
    spec.creator && `<dc:creator>${xmlEscape(spec.creator)}</dc:creator>`,
    spec.lastModifiedBy && `<cp:lastModifiedBy>${xmlEscape(spec.lastModifiedBy)}</cp:lastModifiedBy>`,
    spec.created && `<dcterms:created xsi:type="dcterms:W3CDTF">${spec.created}</dcterms:created>`,
    spec.modified && `<dcterms:modified xsi:type="dcterms:W3CDTF">${spec.modified}</dcterms:modified>`,
  ].filter(Boolean);
  const app = [
    spec.application && `<Application>${xmlEscape(spec.application)}</Application>`,
    spec.appVersion && `<AppVersion>${spec.appVersion}</AppVersion>`,
  ].filter(Boolean);
  return zipParts({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core.join('')}</cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${app.join('')}</Properties>`,
    'word/document.xml':
      spec.documentXml ??
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${xmlEscape(spec.body ?? 'Rapport de campagne')}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

export interface PdfSpec {
  creator?: string;
  producer?: string;
  created?: Date;
  modified?: Date;
  layers?: string[];
  text?: string;
}

export async function buildPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([300, 200]);
  page.drawText(spec.text ?? 'Note interne', { x: 20, y: 150, size: 14 });
  if (spec.creator) doc.setCreator(spec.creator);
  if (spec.producer) doc.setProducer(spec.producer);
  if (spec.created) doc.setCreationDate(spec.created);
  if (spec.modified) doc.setModificationDate(spec.modified);
  if (spec.layers?.length) {
    const groups = spec.layers.map((name) =>
      doc.context.register(doc.context.obj({ Type: 'OCG', Name: PDFString.of(name) })),
    );
    const properties = doc.context.obj({ OCGs: groups, D: { Order: groups, ON: groups } });
    doc.catalog.set(PDFName.of('OCProperties'), properties);
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Appends `count` incremental updates, each re-writing the Info dictionary, as an editor saving again would. */
export function appendIncrementalUpdates(pdf: Buffer, count: number): Buffer {
  let out = pdf;
  for (let i = 0; i < count; i++) {
    const text = out.toString('latin1');
    const prev = Number(
      text
        .slice(text.lastIndexOf('startxref') + 9)
        .trim()
        .split(/\s/)[0],
    );
    const size = Number(
      text
        .match(/\/Size (\d+)/g)!
        .at(-1)!
        .slice(6),
    );
    const root = text.match(/\/Root (\d+ \d+ R)/)![1];
    const objOffset = out.length + 1;
    const obj = `\n${size} 0 obj\n<< /Producer (Edited ${i + 1}) >>\nendobj\n`;
    const xrefOffset = out.length + Buffer.byteLength(obj, 'latin1');
    const xref = `xref\n${size} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    out = Buffer.concat([out, Buffer.from(obj + xref, 'latin1')]);
  }
  return out;
}
