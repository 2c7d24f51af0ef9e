/**
 * At most a few analyst queries at once. A slot is taken before the query is checked and given
 * back only when Neo4j has finished with it, not when the API answered: a query the API gave up on
 * at its timeout may still be running in Neo4j, and it is Neo4j's CPU and heap that need the bound.
 * (Neo4j 5 checks for termination between rows: one expression that never yields a row, such as
 * reduce() over range(1, 300000000), runs on after its transaction is marked terminated, until the
 * database is restarted; such a query keeps its slot, so at most `max` of them can ever run. The
 * server restarts the managed database then (runaway-watch.ts); a user's own Neo4j is theirs to.)
 * A request finding no slot free gets 429 with Retry-After: the query timeout, by which a slot
 * normally frees.
 */
import { TooBusyError } from '../errors.js';

// The machines this runs on have 2 to 8 cores; two heavy queries already keep an analyst's laptop busy.
export const MAX_CONCURRENT_QUERIES = 2;

export interface QuerySlot {
  /** Neo4j has finished with the query: the slot is free again (once, whatever the number of calls). */
  release(): void;
  /** The API answered at its timeout but Neo4j still runs the query. */
  overdue(): void;
}

export class QueryGate {
  private running = 0;
  private late = 0;

  constructor(
    readonly max: number = MAX_CONCURRENT_QUERIES,
    /** Seconds after which a slot is normally free again (the query timeout). */
    readonly retryAfterSeconds: number = 15,
    /** What ends a query Neo4j could not stop, for the 429 message. */
    readonly lateHint: string = 'restarting the database ends them',
  ) {}

  /** Takes a slot, or throws TooBusyError saying why. */
  enter(): QuerySlot {
    if (this.running >= this.max) throw new TooBusyError(this.busyMessage(), this.retryAfterSeconds);
    this.running++;
    let released = false;
    let isLate = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running--;
        if (isLate) this.late--;
      },
      overdue: () => {
        if (released || isLate) return;
        isLate = true;
        this.late++;
      },
    };
  }

  private busyMessage(): string {
    const base = `${this.max} analyst queries are running already; try again in ${this.retryAfterSeconds} s`;
    if (this.late === 0) return base;
    return `${base}. ${this.late} of them passed their timeout and Neo4j has not stopped them: ${this.lateHint}`;
  }
}
