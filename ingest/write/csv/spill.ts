/**
 * ⑤ write (bulk first load): records spread over partition files on disk by the hash of a key, and
 * read back one partition at a time. Every record with one key lands in one partition, in the order
 * it was written, so a partition can be reduced on its own: the memory a first load needs is that of
 * one partition, however large the dump (a million messages are as many partitions as it takes).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

import { BufferedFile } from './buffered-file.js';

const READ_CHUNK = 8 << 20;
const NEWLINE = 0x0a;

/** FNV-1a over the key's UTF-16 units: cheap, stable, spreads hex ids and anything else evenly. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Spill<T> {
  private readonly files: BufferedFile[] = [];

  constructor(
    dir: string,
    readonly partitions: number,
  ) {
    for (let p = 0; p < partitions; p++) this.files.push(new BufferedFile(join(dir, `spill-${p}.jsonl`)));
  }

  append(key: string, record: T): void {
    // JSON escapes every line break inside strings, so one record is one line.
    this.files[hashKey(key) % this.partitions]!.write(`${JSON.stringify(record)}\n`);
  }

  /** Finishes writing; the partitions can be read from now on. */
  close(): void {
    for (const f of this.files) f.close();
  }

  /** The records of one partition, in the order they were appended. */
  *read(partition: number): Generator<T> {
    const fd = openSync(this.files[partition]!.path, 'r');
    try {
      // Lines are cut on the newline byte, which never occurs inside a multi-byte UTF-8 character.
      let carry = Buffer.alloc(0);
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      for (;;) {
        const n = readSync(fd, chunk, 0, READ_CHUNK, null);
        if (n === 0) break;
        const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
        let start = 0;
        for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
          yield JSON.parse(data.toString('utf8', start, end)) as T;
          start = end + 1;
        }
        carry = Buffer.from(data.subarray(start));
      }
      if (carry.length) yield JSON.parse(carry.toString('utf8')) as T;
    } finally {
      closeSync(fd);
    }
  }
}
