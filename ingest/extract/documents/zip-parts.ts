/**
 * ③ extract (documents): the parts of an OOXML or ODF package (a zip), inflated under the limits.
 * A package is read from its central directory with yauzl; only the parts a reader asks for are
 * inflated, each charged to one budget for the whole package (maxUnzippedBytes). A large part that
 * claims to inflate more than maxZipRatio times its compressed size is refused before inflating
 * (zip bomb), and yauzl stops any part whose data outgrows its declared size, so lying headers
 * cost nothing either. yauzl does not check a part's CRC-32; each part read is checked here, and a
 * part whose bytes do not give the CRC the package recorded is read as it is and named
 * (crcMismatches): bytes changed in place after the package was written, or damaged.
 */
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

import { DocumentEncryptedError, DocumentLimitError, DocumentReadError } from './errors.js';
import type { DocumentLimits } from './limits.js';
import type { PackageCrcMismatch } from './types.js';

const OPTIONS = {
  lazyEntries: true,
  decodeStrings: true,
  autoClose: false,
  validateEntrySizes: true,
  strictFileNames: false,
} as const;
// Small parts compress extremely well when they are mostly whitespace or repeated attributes;
// the ratio test only means something for parts large enough to hurt.
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

export interface ZipPackage {
  /** Every entry name, in directory order. */
  names: string[];
  /** Entries whose names the caller asked for, inflated. */
  parts: Map<string, Buffer>;
  /** Parts read whose bytes do not give the CRC-32 their entry records, in directory order. */
  crcMismatches: PackageCrcMismatch[];
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

function toReadError(error: unknown): never {
  if (error instanceof DocumentReadError) throw error;
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory|central directory|unexpected EOF|too short|not enough bytes/i.test(message)) {
    throw new DocumentReadError('truncated', `the zip container is cut off: ${message}`);
  }
  throw new DocumentReadError('corrupt', `the zip container is damaged: ${message}`);
}

async function drain(stream: Readable, budget: { left: number }, name: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    budget.left -= chunk.length;
    if (budget.left < 0) {
      stream.destroy();
      throw new DocumentLimitError(
        'maxUnzippedBytes',
        `inflating ${name} passed the limit of ${limit} bytes for one package (zip bomb?)`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function checkEntry(entry: Entry, budget: { left: number }, limits: DocumentLimits): void {
  if (entry.isEncrypted()) throw new DocumentEncryptedError([`zip entry ${entry.fileName} is encrypted`]);
  if (entry.uncompressedSize > budget.left) {
    throw new DocumentLimitError(
      'maxUnzippedBytes',
      `${entry.fileName} declares ${entry.uncompressedSize} bytes inflated, over the ${limits.maxUnzippedBytes}-byte limit for one package (zip bomb?)`,
    );
  }
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxZipRatio) {
    throw new DocumentLimitError(
      'maxZipRatio',
      `${entry.fileName} inflates ${Math.round(ratio)} times its compressed size (limit ${limits.maxZipRatio}; zip bomb?)`,
    );
  }
}

/** Reads the package, inflating the entries `wanted` accepts. */
export async function readZipPackage(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: DocumentLimits,
): Promise<ZipPackage> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), OPTIONS);
  } catch (error) {
    toReadError(error);
  }
  const names: string[] = [];
  const parts = new Map<string, Buffer>();
  const crcMismatches: PackageCrcMismatch[] = [];
  const budget = { left: limits.maxUnzippedBytes };
  try {
    for await (const entry of zip.eachEntry()) {
      names.push(entry.fileName);
      if (names.length > limits.maxZipEntries) {
        throw new DocumentLimitError('maxZipEntries', `the package holds more than ${limits.maxZipEntries} entries`);
      }
      if (!wanted(entry.fileName) || entry.fileName.endsWith('/')) continue;
      checkEntry(entry, budget, limits);
      const part = await drain(await zip.openReadStreamPromise(entry), budget, entry.fileName, limits.maxUnzippedBytes);
      const actual = crc32(part);
      if (actual !== entry.crc32 >>> 0)
        crcMismatches.push({ part: entry.fileName, recorded: hex(entry.crc32), actual: hex(actual) });
      parts.set(entry.fileName, part);
    }
  } catch (error) {
    toReadError(error);
  } finally {
    zip.close();
  }
  return { names, parts, crcMismatches };
}
