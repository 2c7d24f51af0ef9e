/**
 * Values over a byte stream (the resident extractor's local socket): each one structured-cloned with
 * v8.serialize, behind its length as four bytes, big-endian. Both ends are leakgraph of one build.
 */
import { deserialize, serialize } from 'node:v8';

// Bounds what a peer can make this side hold: a run's correspondents (23,000 are ~3 MB) or a page of
// bodies capped at MAX_DOCUMENT_CHARS each are far below it.
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

export function encodeFrame(value: unknown): Buffer {
  const body = serialize(value);
  if (body.length > MAX_FRAME_BYTES) throw new RangeError(`frame of ${body.length} bytes is over ${MAX_FRAME_BYTES}`);
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

/** Collects the bytes as they come and hands back each whole value; throws on a frame over the bound. */
export class FrameReader {
  private buffered: Buffer[] = [];
  private bytes = 0;

  /** `limit`: the largest frame accepted now (a host allows only small ones before a session begins). */
  constructor(public limit = MAX_FRAME_BYTES) {}

  push(chunk: Buffer): unknown[] {
    this.buffered.push(chunk);
    this.bytes += chunk.length;
    const values: unknown[] = [];
    for (;;) {
      if (this.bytes < 4) break;
      if (this.buffered[0]!.length < 4) this.buffered = [Buffer.concat(this.buffered)];
      const length = this.buffered[0]!.readUInt32BE(0);
      if (length > this.limit) throw new RangeError(`frame of ${length} bytes is over ${this.limit}`);
      // Joined once the whole frame is in, not at every chunk of a large one.
      if (this.bytes < 4 + length) break;
      const all = this.buffered.length > 1 ? Buffer.concat(this.buffered) : this.buffered[0]!;
      values.push(deserialize(all.subarray(4, 4 + length)));
      const rest = all.subarray(4 + length);
      this.buffered = rest.length > 0 ? [rest] : [];
      this.bytes = rest.length;
    }
    return values;
  }
}
