/**
 * ③ extract (documents): PDF through pdfjs-dist (Mozilla's PDF.js, legacy build for Node 20):
 * text per page plus form-field values, the Info dictionary and the XMP packet, optional content
 * groups (layers), attachments, and encryption. A file encrypted with an empty user password opens
 * and is read; one that needs a password is reported encrypted with the /Encrypt parameters.
 * A PDF with pages but no text is a scan: OCR reads it when enabled, else it has no text layer.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

import { DocumentEncryptedError, DocumentReadError } from '../errors.js';
import { readPdfDate } from '../metadata/dates.js';
import { readXmp } from '../metadata/xmp.js';
import type { DocumentLimits } from '../limits.js';
import type { NormalisedField } from '../types.js';
import type { FormatContext } from './context.js';
import { guardPdfInflation, scanPdf } from './pdf-structure.js';
import { recognisePage } from './read-image.js';

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

// Loaded on first use: PDF.js costs ~40 MB and 150 ms to load, which no other format should pay.
let pdfjs: Promise<PdfJs> | undefined;
// pdfjs's data, read from its package folder, never fetched: predefined CMaps (CJK text), the 14
// standard fonts and an ICC profile (page rendering for OCR), and the JBIG2/JPEG 2000 decoders
// (the image codecs of scanned pages).
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_DATA = {
  cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
  iccUrl: join(PDFJS_DIR, 'iccs') + '/',
  wasmUrl: join(PDFJS_DIR, 'wasm') + '/',
};

const INFO: Record<string, NormalisedField | undefined> = {
  Title: 'title',
  Author: 'author',
  Subject: 'subject',
  Keywords: 'keywords',
  Creator: 'creatorTool',
  Producer: 'producer',
  Language: 'language',
};
// A page whose text layer holds fewer letters than this is an image of a page.
const MIN_TEXT_LETTERS_PER_PAGE = 3;
const OCR_SCALE = 2;

async function openPdf(bytes: Uint8Array, maxImagePixels: number): Promise<PdfDocument> {
  const { getDocument } = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  return getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    // Images larger than a page worth OCR are not decoded when rendering (text extraction never decodes them).
    maxImageSize: maxImagePixels,
    ...PDFJS_DATA,
  }).promise;
}

/** A file attached to a PDF: its key in the EmbeddedFiles name tree, its file name, its bytes. */
export interface PdfAttachment {
  path: string;
  name: string;
  /** The file spec gives no name (pdf.js then says "unnamed"): no evidence of sameness. */
  generic: boolean;
  bytes: Buffer;
}

/**
 * The files attached to PDF `bytes` (the document's EmbeddedFiles, a portfolio's files), as pdf.js
 * reads them, for the document worker to list and copy-bytes to read again. Called on a PDF the
 * worker read already (its streams checked against the inflation limit); throws when it cannot be
 * opened. Names as the file writes them: the caller makes them safe to store (objectLabel). A file
 * spec that only points outside the PDF holds no file: left out. pdf.js keys them by file name: of
 * two attachments with one name, it keeps one.
 */
export async function pdfAttachments(bytes: Uint8Array, limits: DocumentLimits): Promise<PdfAttachment[]> {
  const doc = await openPdf(bytes, limits.maxOcrPixels);
  try {
    type Spec = { rawFilename?: string; filename?: string; content?: Uint8Array | null };
    const found = ((await doc.getAttachments()) ?? {}) as Record<string, Spec>;
    return Object.entries(found).flatMap(([path, a]) =>
      a.content
        ? [
            {
              path,
              name: a.rawFilename ? (a.filename ?? path) : path,
              generic: !a.rawFilename,
              bytes: Buffer.from(a.content),
            },
          ]
        : [],
    );
  } finally {
    await doc.destroy();
  }
}

async function open(ctx: FormatContext, encryptDict: string | undefined): Promise<PdfDocument> {
  try {
    return await openPdf(ctx.bytes, ctx.limits.maxOcrPixels);
  } catch (error) {
    const name = (error as Error)?.name;
    const message = (error as Error)?.message ?? String(error);
    if (name === 'PasswordException') {
      throw new DocumentEncryptedError([`PDF /Encrypt dictionary (${encryptDict ?? 'present'})`, `pdfjs: ${message}`]);
    }
    if (name === 'InvalidPDFException') throw new DocumentReadError('corrupt', `not a readable PDF: ${message}`);
    throw new DocumentReadError('corrupt', `the PDF cannot be opened: ${message}`);
  }
}

function readInfo(ctx: FormatContext, info: Record<string, unknown>): void {
  const source = 'PDF Info';
  for (const [key, value] of Object.entries(info)) {
    if (key === 'Custom' && value && typeof value === 'object') {
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          ctx.meta.addCustom(`${source} (custom)`, name, v);
        else if (v && typeof v === 'object' && 'name' in v)
          ctx.meta.addCustom(`${source} (custom)`, name, String((v as { name: unknown }).name));
      }
      continue;
    }
    if (key === 'CreationDate' || key === 'ModDate') {
      const raw = typeof value === 'string' ? value : undefined;
      ctx.meta.addDate(source, `/${key}`, raw, readPdfDate(raw), key === 'CreationDate' ? 'created' : 'modified');
      continue;
    }
    if (value === null || value === undefined || typeof value === 'object') continue;
    const tag =
      /^(PDFFormatVersion|IsLinearized|IsAcroFormPresent|IsXFAPresent|IsCollectionPresent|IsSignaturesPresent|EncryptFilterName|Language)$/.test(
        key,
      )
        ? key
        : `/${key}`;
    ctx.meta.add(source, tag, value as string | number | boolean, INFO[key]);
  }
}

async function readText(ctx: FormatContext, doc: PdfDocument): Promise<number[]> {
  const emptyPages: number[] = [];
  const pages = Math.min(doc.numPages, ctx.limits.maxPdfPages);
  if (pages < doc.numPages) ctx.text.truncated = true;
  for (let n = 1; n <= pages && !ctx.text.full; n++) {
    ctx.deadline.check(`page ${n} of ${doc.numPages}`);
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let pageText = '';
    for (const item of content.items) if ('str' in item) pageText += item.str + (item.hasEOL ? '\n' : '');
    for (const annotation of await page.getAnnotations({ intent: 'display' })) {
      const values = [
        annotation.fieldValue,
        ...((annotation.options as { displayValue?: string }[] | undefined) ?? []).map((o) => o.displayValue),
        annotation.contentsObj?.str,
      ];
      for (const v of values.flat()) if (typeof v === 'string' && v.trim()) pageText += `\n${v}`;
    }
    if ((pageText.match(/\p{L}/gu)?.length ?? 0) < MIN_TEXT_LETTERS_PER_PAGE) emptyPages.push(n);
    ctx.text.push(pageText);
    ctx.text.newline();
    page.cleanup();
  }
  return emptyPages;
}

/** Renders each empty page (pdfjs on @napi-rs/canvas) and recognises it; true when any page was read. */
async function ocrPages(ctx: FormatContext, doc: PdfDocument, pages: number[]): Promise<boolean> {
  const canvasFactory = (
    doc as unknown as {
      canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: unknown } };
    }
  ).canvasFactory;
  let read = false;
  for (const n of pages.slice(0, ctx.limits.maxOcrPages)) {
    ctx.deadline.check(`OCR of page ${n}`);
    const page = await doc.getPage(n);
    let image: Buffer;
    try {
      // A huge page (up to 200 inches a side) is rendered smaller, so the canvas stays under the pixel limit.
      const full = page.getViewport({ scale: 1 });
      const fit = Math.sqrt(ctx.limits.maxOcrPixels / (full.width * full.height));
      const viewport = page.getViewport({ scale: Math.min(OCR_SCALE, fit) });
      const target = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvasContext: target.context, canvas: target.canvas, viewport } as unknown as Parameters<
        typeof page.render
      >[0]).promise;
      image = target.canvas.toBuffer('image/png');
    } catch (error) {
      ctx.ocrFailure ??= `page ${n} could not be rendered for OCR: ${error instanceof Error ? error.message : String(error)}`;
      return read;
    } finally {
      page.cleanup();
    }
    read = (await recognisePage(ctx, image, `page ${n}`)) || read;
  }
  if (pages.length > ctx.limits.maxOcrPages) ctx.text.truncated = true;
  return read;
}

export async function readPdf(ctx: FormatContext): Promise<void> {
  const buf = Buffer.from(ctx.bytes.buffer, ctx.bytes.byteOffset, ctx.bytes.byteLength);
  const scan = scanPdf(buf);
  Object.assign(ctx.structure, scan.facts);
  guardPdfInflation(buf, ctx.limits.maxPdfInflatedBytes);
  const doc = await open(ctx, scan.encryptDict);
  try {
    const { info, metadata } = await doc.getMetadata();
    const infoDict = info as Record<string, unknown>;
    readInfo(ctx, infoDict);
    const version = String(infoDict.PDFFormatVersion ?? '');
    if (version) {
      ctx.structure.pdfVersion = version;
      ctx.detail = `PDF ${version}`;
    }
    ctx.structure.pdfHasForms = infoDict.IsAcroFormPresent === true;
    ctx.structure.pdfHasXfa = infoDict.IsXFAPresent === true;
    ctx.structure.pdfHasSignatures = infoDict.IsSignaturesPresent === true;
    if (infoDict.EncryptFilterName) {
      ctx.encryption = {
        evidence: [
          `PDF /Encrypt dictionary (${scan.encryptDict ?? String(infoDict.EncryptFilterName)}), empty user password`,
        ],
        readableWithoutPassword: true,
      };
    }
    const raw = metadata?.getRaw();
    if (typeof raw === 'string' && raw.trim()) readXmp(raw, ctx.meta);
    ctx.meta.add('PDF structure', 'page count', doc.numPages, 'pages');
    const layers = await doc.getOptionalContentConfig();
    ctx.structure.pdfLayers = [...layers].map(([, group]) => (group as { name?: string }).name ?? '(unnamed)');
    ctx.structure.embeddedObjects = Object.keys((await doc.getAttachments()) ?? {}).length;
    const empty = await readText(ctx, doc);
    const scanned = doc.numPages > 0 && empty.length === Math.min(doc.numPages, ctx.limits.maxPdfPages);
    // With OCR on, image-only pages of a text PDF (a scanned annex) are read too; the layer is
    // 'ocr' only when every page came from OCR.
    const recognised = ctx.ocr && empty.length > 0 ? await ocrPages(ctx, doc, empty) : false;
    if (scanned) ctx.textLayer = recognised ? 'ocr' : 'none';
  } finally {
    await doc.destroy();
  }
}
