/**
 * A zip written while it is downloaded (yazl): generated files are pulled from generators when
 * their turn comes, original messages are stored as they are read, and reading pauses while more
 * than MAX_PENDING_BYTES of them wait for a slow client, so a large bundle never sits in memory.
 */
import { Readable, Transform } from 'node:stream';
import yazl from 'yazl';

export const MAX_PENDING_BYTES = 16 * 1024 * 1024;

export class ZipStream {
  private readonly zip = new yazl.ZipFile();
  /** The zip bytes; pipe this to the response. */
  readonly output: Transform;
  private stored = 0;
  private emitted = 0;
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly maxPending = MAX_PENDING_BYTES) {
    this.output = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.emitted += chunk.length;
        this.wake();
        done(null, chunk);
      },
    });
    this.output.on('close', () => {
      this.closed = true;
      this.wake();
    });
    this.zip.outputStream.pipe(this.output);
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** False once the client went away: stop reading messages. */
  get open(): boolean {
    return !this.closed;
  }

  addText(name: string, text: string): void {
    this.zip.addBuffer(Buffer.from(text, 'utf8'), name);
  }

  addGenerated(name: string, chunks: Iterable<string>): void {
    this.zip.addReadStream(Readable.from(chunks, { objectMode: false }), name);
  }

  /** Adds bytes as they are (no compression: an original message stays byte-identical and cheap to check). */
  async addOriginal(name: string, bytes: Buffer): Promise<void> {
    while (!this.closed && this.stored - this.emitted > this.maxPending)
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.stored += bytes.length;
    this.zip.addBuffer(bytes, name, { compress: false });
  }

  end(): void {
    this.zip.end();
  }
}
