/**
 * Demo mailbox: a one-page PDF built by hand (Helvetica, WinAnsi text, exact xref offsets), so the
 * demo can carry realistic scanned-letter and quote attachments without shipping a binary made elsewhere.
 * An optional incremental update appends a second revision (new page content, new document info)
 * the way PDF editors save: the first revision stays inside the file, readable by anyone who looks.
 */
import iconv from 'iconv-lite';

export interface PdfLine {
  text: string;
  /** Points from the left edge and from the bottom of an A4 page (595 × 842). */
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

/** The document information dictionary; dates as PDF date strings, e.g. "D:20240923101500+02'00'". */
export interface PdfInfo {
  title: string;
  author?: string;
  creator?: string;
  producer?: string;
  created: string;
  modified?: string;
}

export interface PdfDocument extends PdfInfo {
  lines: PdfLine[];
  /** A later revision appended as an incremental update: the page's new content and the new info. */
  update?: { lines: PdfLine[]; info: PdfInfo };
}

/** A PDF literal string in WinAnsi bytes, with the three characters that must be escaped. */
function literal(text: string): string {
  return (
    '(' +
    iconv
      .encode(text, 'windows-1252')
      .toString('latin1')
      .replace(/([\\()])/g, '\\$1') +
    ')'
  );
}

function contentStream(lines: PdfLine[]): string {
  const content = lines
    .map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 10} Tf ${l.x} ${l.y} Td ${literal(l.text)} Tj ET`)
    .join('\n');
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

function infoDictionary(info: PdfInfo): string {
  const entries: [string, string | undefined][] = [
    ['Title', literal(info.title)],
    ['Author', info.author && literal(info.author)],
    ['Creator', info.creator && literal(info.creator)],
    ['Producer', literal(info.producer ?? 'leakgraph demo')],
    ['CreationDate', `(${info.created})`],
    ['ModDate', info.modified && `(${info.modified})`],
  ];
  return `<< ${entries.flatMap(([key, value]) => (value ? [`/${key} ${value}`] : [])).join(' ')} >>`;
}

const xrefEntry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`;

export function buildPdf(doc: PdfDocument): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    contentStream(doc.lines),
    infoDictionary(doc),
  ];
  // The second line's high bytes tell tools the file is binary (PDF 1.7 §7.5.2).
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += xrefEntry(offset);
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  if (doc.update) {
    // PDF 1.7 §7.5.6: the changed objects, an xref for them alone, a trailer pointing back (/Prev).
    const content = out.length;
    out += `6 0 obj\n${contentStream(doc.update.lines)}\nendobj\n`;
    const info = out.length;
    out += `8 0 obj\n${infoDictionary(doc.update.info)}\nendobj\n`;
    const updateXref = out.length;
    out += `xref\n0 1\n0000000000 65535 f \n6 1\n${xrefEntry(content)}8 1\n${xrefEntry(info)}`;
    out += `trailer\n<< /Size 9 /Root 1 0 R /Info 8 0 R /Prev ${xref} >>\nstartxref\n${updateXref}\n%%EOF\n`;
  }
  return Buffer.from(out, 'latin1');
}
