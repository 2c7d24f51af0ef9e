/**
 * ③ extract (documents): text from pictures of pages — an image file, or the pages of a scanned
 * PDF — through the OCR engine when it is on. OCR is an extra, not the reading: an engine that
 * fails on a page (a picture format it does not decode, a missing canvas for PDF rendering) leaves
 * the document readable, without a text layer, and the reason says why.
 */
import { DocumentReadError } from '../errors.js';
import type { FormatContext } from './context.js';

/** Recognises one page image into the text; false (and ctx.ocrFailure set) when OCR fails. */
export async function recognisePage(ctx: FormatContext, image: Uint8Array, where: string): Promise<boolean> {
  try {
    ctx.text.push(await ctx.ocr!.recognise(image));
    ctx.text.newline();
    return true;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error; // a limit, not an OCR failure
    ctx.ocrFailure ??= `OCR failed on ${where}: ${error instanceof Error ? error.message : String(error)}`;
    return false;
  }
}

export async function readImage(ctx: FormatContext): Promise<void> {
  ctx.textLayer = ctx.ocr && (await recognisePage(ctx, ctx.bytes, 'the image')) ? 'ocr' : 'none';
}
