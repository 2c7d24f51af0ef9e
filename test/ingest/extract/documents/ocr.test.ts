/**
 * Issue 12: OCR of scanned PDFs and images (tesseract.js, English + French models from npm), off by
 * default. The scanned fixture's text is what Apache Tika's own OCR tests expect of it
 * (TesseractOCRParserTest asserts "Happy New Year 2003!" for testOCR.pdf); the French scan is
 * built here from words we choose, drawn into a PDF, rendered and wrapped as a page image.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { closeOcr } from '../../../../ingest/extract/documents/ocr.js';
import { readDocument } from '../../../../ingest/extract/documents/read-document.js';
import { missingShared } from '../../../support/shared.js';
import { buildScannedPdf, renderPageToPng } from './build-scans.js';
import { DOCUMENTS_DIR, fixtureBytes } from './fixtures.js';

const skip = missingShared(DOCUMENTS_DIR);
const OCR = { ocr: true } as const;

afterAll(() => closeOcr());

describe.skipIf(!!skip)('OCR of the scanned fixture (issue 12)', () => {
  it('reads the scanned PDF only with OCR on, and says so', async () => {
    const bytes = fixtureBytes('tika/testOCR.pdf');
    const off = await readDocument(bytes, { name: 'testOCR.pdf' });
    expect([off.status, off.textLayer, off.text]).toEqual(['ok', 'none', '']);
    expect(off.reason).toBe('no text layer: the pages are images (OCR is off)');
    const on = await readDocument(bytes, { name: 'testOCR.pdf' }, {}, OCR);
    expect([on.status, on.textLayer, on.reason]).toEqual(['ok', 'ocr', undefined]);
    expect(on.text).toContain('Happy New Year 2003!');
    // The metadata is read the same either way.
    expect(on.metadata.normalised).toEqual(off.metadata.normalised);
  }, 60_000);

  it('reads a page image (PNG) with OCR on; without OCR it has no text layer', async () => {
    const png = await renderPageToPng(fixtureBytes('tika/testOCR.pdf'));
    const off = await readDocument(png, { name: 'scan.png' });
    expect(off.textLayer).toBe('none'); // an image without OCR: other-formats.test.ts
    const on = await readDocument(png, { name: 'scan.png' }, {}, OCR);
    expect([on.status, on.textLayer]).toEqual(['ok', 'ocr']);
    expect(on.text).toContain('Happy New Year 2003!');
  }, 60_000);
});

describe('OCR of a French scan built for the test (issue 12)', () => {
  const LINES = ['La préfecture a reçu le député', "à l'Élysée jeudi matin."];

  it('recognises French words with their accents and detects the language', async () => {
    const scan = await buildScannedPdf(LINES);
    const record = await readDocument(scan, { name: 'scan.pdf' }, {}, OCR);
    expect([record.status, record.textLayer]).toEqual(['ok', 'ocr']);
    for (const word of ['préfecture', 'reçu', 'député', 'Élysée', 'jeudi', 'matin'])
      expect(record.text).toContain(word);
    expect(record.language).toBe('fr');
  }, 60_000);

  it('reads a scanned page of poster size, rendered down to the pixel limit', async () => {
    // 200 inches a side (the PDF maximum): at OCR scale that would be an 800 M-pixel canvas.
    const scan = await buildScannedPdf(LINES, 14_400);
    const record = await readDocument(scan, { name: 'poster.pdf' }, { maxOcrPixels: 8_000_000 }, OCR);
    expect([record.status, record.textLayer]).toEqual(['ok', 'ocr']);
    for (const word of ['préfecture', 'député', 'jeudi']) expect(record.text).toContain(word);
  }, 60_000);

  it('measures a picture before OCR and leaves one over the pixel limit unread (pixel bomb)', async () => {
    // A PNG header claiming 30000 × 30000 pixels (900 M pixels, ~2.7 GB decoded) and no image data.
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(30_000, 16);
    header.writeUInt32BE(30_000, 20);
    header[24] = 8; // bit depth
    header[25] = 2; // RGB
    const record = await readDocument(header, { name: 'bomb.png' }, {}, OCR);
    expect([record.status, record.format, record.textLayer]).toEqual(['ok', 'image', 'none']);
    expect(record.reason).toBe(
      'no text layer: the pages are images (OCR skipped: 30000 × 30000 pixels, over the 36000000-pixel limit (maxOcrPixels))',
    );
    expect(record.metadata.raw).toContainEqual({ source: 'image header', tag: 'width', value: 30_000 });
  });

  it('a picture OCR cannot decode leaves the image readable, without text, with the reason', async () => {
    // A GIF header (10 × 10) and junk: sniffed as an image, undecodable by the engine.
    const broken = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([10, 0, 10, 0]), Buffer.alloc(64, 0xff)]);
    const record = await readDocument(broken, { name: 'x.gif' }, {}, OCR);
    expect([record.status, record.format, record.textLayer]).toEqual(['ok', 'image', 'none']);
    expect(record.reason).toMatch(/^no text layer: the pages are images \(OCR failed on the image: /);
  }, 60_000);
});
