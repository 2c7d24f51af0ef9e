/**
 * Demo mailbox: a one-page PDF built by hand (Helvetica, WinAnsi text, exact xref offsets), so the
 * demo can carry realistic scanned-letter and quote attachments without shipping a binary made elsewhere.
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

export interface PdfDocument {
  title: string;
  author: string;
  /** PDF date string, e.g. "D:20240923101500+02'00'". */
  created: string;
  lines: PdfLine[];
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

export function buildPdf(doc: PdfDocument): Buffer {
  const content = doc.lines
    .map((l) => `BT /${l.bold ? 'F2' : 'F1'} ${l.size ?? 10} Tf ${l.x} ${l.y} Td ${literal(l.text)} Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${literal(doc.title)} /Author ${literal(doc.author)} /Producer (leakgraph demo) /CreationDate (${doc.created}) >>`,
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
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
