/**
 * ⑤ write (bulk first load): a file written in large pieces. The CSV files and the spill files of a
 * first load are written line by line from the main thread; gathering lines into ~1 MB writes keeps
 * the system calls few and the memory small, and a synchronous write of that size costs about a millisecond.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_CHARS = 1 << 20;

export class BufferedFile {
  /** Characters written so far (for progress and sizes; UTF-8 bytes may be more). */
  chars = 0;
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    this.chars += text.length;
    if (this.buffered >= FLUSH_CHARS) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }
}
