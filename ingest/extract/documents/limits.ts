/**
 * ③ extract (documents): the bounds on hostile documents. A leak holds whatever its owner received,
 * and forged or booby-trapped files are part of the evidence: a DOCX that inflates to terabytes, an
 * XML part whose entities expand a billion-fold, a PDF stream that decompresses without end, an OLE
 * file nested a thousand storages deep. Each bound stops one such input with a status that names
 * it; the worker pool adds the hard time and memory limits (ingest/workers/pool.ts).
 */

export interface DocumentLimits {
  /** A document larger than this is recorded as oversize, not opened. */
  maxBytes: number;
  /** Extracted text is cut here (textTruncated); search and entities need no more. */
  maxTextChars: number;
  /** Bytes inflated out of one zip container (OOXML, ODF), every entry together. */
  maxUnzippedBytes: number;
  /** Inflated/compressed ratio above which a large zip entry is a bomb, not a document part. */
  maxZipRatio: number;
  maxZipEntries: number;
  /** OLE storage tree: entries and depth (embedded objects inside embedded objects). */
  maxOleEntries: number;
  maxOleDepth: number;
  /** Bytes inflated out of all of a PDF's Flate streams, and out of any one of them. */
  maxPdfInflatedBytes: number;
  /** Pages read for text; the rest of a longer PDF is left out (textTruncated). */
  maxPdfPages: number;
  /** Page images recognised per document when OCR is on; the rest of a longer scan is left out (textTruncated). */
  maxOcrPages: number;
  /** Pixels of one picture to OCR (an image file, or a PDF page rendered for OCR, scaled down to fit). */
  maxOcrPixels: number;
  /** Wall-clock budget for one document. Inside readDocument it is checked between pages and parts;
   * the worker pool enforces it hard by terminating the worker. */
  timeLimitMs: number;
  /** Heap of a document worker (Worker resourceLimits); a document that needs more is too-complex. */
  memoryLimitMb: number;
}

const MiB = 1024 * 1024;

// Attachments over 100 MB are disk images and video, not documents an analyst reads as text.
export const DEFAULT_MAX_DOCUMENT_BYTES = 100 * MiB;
// A 500-page report is about 1.5 M characters; beyond 2 M the text is a data dump.
export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;
// The largest real OOXML parts (a 1 M-row sheet) inflate to a few hundred MB.
export const DEFAULT_MAX_UNZIPPED_BYTES = 512 * MiB;
// XML compresses 5-20x, repeated spreadsheet rows up to ~100x; zip bombs reach 1000x and more.
export const DEFAULT_MAX_ZIP_RATIO = 200;
export const DEFAULT_MAX_ZIP_ENTRIES = 20_000;
// Real Office files hold tens of OLE entries, a few hundred with embedded objects.
export const DEFAULT_MAX_OLE_ENTRIES = 20_000;
// An embedded workbook in a slide in a document is three storages deep; real files stay under ten.
export const DEFAULT_MAX_OLE_DEPTH = 16;
export const DEFAULT_MAX_PDF_INFLATED_BYTES = 512 * MiB;
export const DEFAULT_MAX_PDF_PAGES = 2_000;
// OCR costs about a second per page: the first 20 pages of a scan fit the time limit and say what it is.
export const DEFAULT_MAX_OCR_PAGES = 20;
// An A3 page scanned at 400 dpi is 35 M pixels; larger is a poster or a pixel bomb. OCR memory grows with it.
export const DEFAULT_MAX_OCR_PIXELS = 36_000_000;
// The slowest real fixture (a 117-page book) takes ~2 s; 30 s is a stall, not a document.
export const DEFAULT_TIME_LIMIT_MS = 30_000;
// pdfjs on a large book needs ~150 MB of heap; twice that is room, four times is a bomb.
export const DEFAULT_MEMORY_LIMIT_MB = 512;

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxBytes: DEFAULT_MAX_DOCUMENT_BYTES,
  maxTextChars: DEFAULT_MAX_TEXT_CHARS,
  maxUnzippedBytes: DEFAULT_MAX_UNZIPPED_BYTES,
  maxZipRatio: DEFAULT_MAX_ZIP_RATIO,
  maxZipEntries: DEFAULT_MAX_ZIP_ENTRIES,
  maxOleEntries: DEFAULT_MAX_OLE_ENTRIES,
  maxOleDepth: DEFAULT_MAX_OLE_DEPTH,
  maxPdfInflatedBytes: DEFAULT_MAX_PDF_INFLATED_BYTES,
  maxPdfPages: DEFAULT_MAX_PDF_PAGES,
  maxOcrPages: DEFAULT_MAX_OCR_PAGES,
  maxOcrPixels: DEFAULT_MAX_OCR_PIXELS,
  timeLimitMs: DEFAULT_TIME_LIMIT_MS,
  memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
};

/** Defaults overlaid with `given`; a limit that is not a positive number is a programming error. */
export function documentLimits(given: Partial<DocumentLimits> = {}): DocumentLimits {
  const limits = { ...DEFAULT_DOCUMENT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || !(value > 0)) {
      throw new RangeError(`documentLimits: ${name} must be a positive number, got ${String(value)}`);
    }
  }
  return limits;
}
