/**
 * ③ extract (documents): plain text and CSV. UTF-8 (with or without BOM) and UTF-16 with a BOM
 * are decoded as such; anything else that is not valid UTF-8 is read as Windows-1252, the most
 * common 8-bit code page of the office mail this tool reads.
 */
import type { FormatContext } from './context.js';

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function readText(ctx: FormatContext): void {
  // Only what can be kept is decoded: a 100 MB log costs no more than the text cap.
  let cap = Math.min(ctx.bytes.length, ctx.limits.maxTextChars * 4);
  // Cut on a UTF-8 character boundary, so the cut does not make valid UTF-8 look like Windows-1252.
  while (cap < ctx.bytes.length && cap > 0 && (ctx.bytes[cap]! & 0xc0) === 0x80) cap--;
  ctx.text.push(decodeText(ctx.bytes.subarray(0, cap)));
  if (cap < ctx.bytes.length) ctx.text.truncated = true;
}
