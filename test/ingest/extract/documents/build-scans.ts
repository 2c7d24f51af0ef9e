/**
 * Test scans built on purpose: a PDF page rendered to a PNG (pdfjs on its Node canvas, as a
 * scanner's picture of the page), and a "scanned" PDF whose only page is such a picture of words
 * we choose — no text layer, so only OCR can give the words back.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface NodeCanvas {
  canvas: { toBuffer(type: 'image/png'): Buffer };
  context: unknown;
}

/** The first page of `pdf` as a PNG at `scale` (2 ≈ 144 dpi). */
export async function renderPageToPng(pdf: Uint8Array, scale = 2): Promise<Buffer> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    wasmUrl: join(PDFJS_DIR, 'wasm') + '/',
    verbosity: 0,
  }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): NodeCanvas } }).canvasFactory;
    const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const params = { canvasContext: target.context, canvas: target.canvas, viewport };
    await page.render(params as unknown as Parameters<typeof page.render>[0]).promise;
    return target.canvas.toBuffer('image/png');
  } finally {
    await doc.destroy();
  }
}

/** A one-page PDF holding only a picture of `lines` (Helvetica 28 pt, black on white), `width` points wide. */
export async function buildScannedPdf(lines: string[], width = 595): Promise<Buffer> {
  const typed = await PDFDocument.create();
  const font = await typed.embedFont(StandardFonts.Helvetica);
  const page = typed.addPage([595, 200]);
  lines.forEach((line, i) => page.drawText(line, { x: 30, y: 140 - i * 45, size: 28, font }));
  const png = await renderPageToPng(await typed.save());
  const scan = await PDFDocument.create();
  const image = await scan.embedPng(png);
  const height = Math.round((width * 200) / 595);
  scan.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  return Buffer.from(await scan.save());
}
