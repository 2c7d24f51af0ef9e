/**
 * A worker's item clock: which item of which chunk the worker is on, in shared memory, so the pool
 * can time each item of a chunk (the entity pass sends 64 messages a chunk) without a message per
 * item crossing threads. The worker stamps each item as it starts it; the pool's watchdog sees the
 * stamp stay the same for longer than the limit and terminates the worker (pool.ts).
 */
const TICK = 0;
const SEQ = 1;
const ITEM = 2;
const IDLE = -1;

export class ItemClock {
  private readonly cells: Int32Array;

  constructor(readonly buffer = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)) {
    this.cells = new Int32Array(buffer);
    Atomics.store(this.cells, SEQ, IDLE);
  }

  /** Worker: item `item` of chunk `seq` starts now. */
  start(seq: number, item: number): void {
    this.stamp(seq, item);
  }

  /** Worker: the chunk is done; nothing runs until the next start. */
  idle(): void {
    this.stamp(IDLE, 0);
  }

  // A sequence lock: the tick is odd while a stamp is being written, so a reader never mixes two stamps.
  private stamp(seq: number, item: number): void {
    Atomics.add(this.cells, TICK, 1);
    Atomics.store(this.cells, SEQ, seq);
    Atomics.store(this.cells, ITEM, item);
    Atomics.add(this.cells, TICK, 1);
  }

  /** Pool: what the worker is on, or undefined while it is idle. */
  read(): { tick: number; seq: number; item: number } | undefined {
    // Read between two looks at an even tick: never half of one stamp and half of the next.
    for (;;) {
      const tick = Atomics.load(this.cells, TICK);
      const seq = Atomics.load(this.cells, SEQ);
      const item = Atomics.load(this.cells, ITEM);
      if (tick % 2 === 1 || Atomics.load(this.cells, TICK) !== tick) continue;
      return seq === IDLE ? undefined : { tick, seq, item };
    }
  }
}
