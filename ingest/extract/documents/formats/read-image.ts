/**
 * ③ extract (documents): text from pictures of pages — an image file, or the pages of a scanned
 * PDF — through the OCR engine when it is on. OCR is an extra, not the reading: an engine that
 * fails on a page (a picture format it does not decode, a missing canvas for PDF rendering) leaves
 * the document readable, without a text layer, and the reason says why.
 *
 * The decoded picture lives in the OCR engine's WASM memory, outside the worker's heap limit, so a
 * picture is measured from its header first (image-size reads PNG, JPEG, TIFF, GIF, BMP, WebP…
 * headers without decoding) and one over maxOcrPixels is not recognised: a pixel bomb stops there.
 */
import { imageSize } from 'image-size';

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

/** Width and height from the image header, kept as metadata; undefined when the header is unreadable. */
function dimensions(ctx: FormatContext): { width: number; height: number } | undefined {
  try {
    const { width, height } = imageSize(ctx.bytes);
    ctx.meta.add('image header', 'width', width);
    ctx.meta.add('image header', 'height', height);
    return { width, height };
  } catch {
    return undefined;
  }
}

export async function readImage(ctx: FormatContext): Promise<void> {
  ctx.textLayer = 'none';
  const size = dimensions(ctx);
  if (!ctx.ocr) return;
  if (size && size.width * size.height > ctx.limits.maxOcrPixels) {
    ctx.ocrFailure = `OCR skipped: ${size.width} × ${size.height} pixels, over the ${ctx.limits.maxOcrPixels}-pixel limit (maxOcrPixels)`;
    return;
  }
  if (await recognisePage(ctx, ctx.bytes, 'the image')) ctx.textLayer = 'ocr';
}
