/**
 * ③ extract (documents): what a format reader gets and fills in. One per document: the bytes and
 * limits in, the text, metadata and structure facts out. Readers throw the errors of errors.ts for
 * anything that stops them; what they filled in before is kept.
 */
import type { Deadline } from '../errors.js';
import type { DocumentLimits } from '../limits.js';
import type { MetadataBuilder } from '../metadata/builder.js';
import type { TextSink } from '../text-sink.js';
import type { DocumentFormat, EncryptionInfo, StructureFacts, TextLayer } from '../types.js';

/** Recognises text in a page image (PNG/JPEG bytes); absent when OCR is off. */
export interface OcrEngine {
  recognise(image: Uint8Array): Promise<string>;
}

export interface FormatContext {
  bytes: Uint8Array;
  /** Lower-cased extension of the file name, when there is one. */
  extension?: string | undefined;
  limits: DocumentLimits;
  deadline: Deadline;
  meta: MetadataBuilder;
  text: TextSink;
  structure: StructureFacts;
  textLayer: TextLayer;
  /** Set by a reader that opened an encrypted file anyway (a PDF with an empty user password). */
  encryption?: EncryptionInfo;
  /** The format, once a container reader has told it (kept when reading then fails). */
  format?: DocumentFormat;
  /** Finer format detail a reader learns ("Word 6/95", "PDF 1.7"). */
  detail?: string | undefined;
  ocr?: OcrEngine;
  /** Why OCR, though on, gave no text (the first failure); the document is still read. */
  ocrFailure?: string;
}
