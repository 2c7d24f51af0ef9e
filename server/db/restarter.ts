/**
 * Restarts the managed Neo4j when an analyst query it was asked to stop runs on regardless
 * (issue 14). Neo4j 5 checks for termination between rows, so one expression that never yields a
 * row (a reduce() over 300 million items) keeps a core busy after TERMINATE TRANSACTIONS, and no
 * setting of Neo4j 5.26 bounds it; only ending the process does. Only for the database leakgraph
 * manages: a user's own Neo4j is theirs to restart.
 *
 * One restart at a time: a second request joins the one under way, which ends every query anyway.
 * Meanwhile the API answers 503 with Retry-After (app.ts).
 */
import type { Instance } from '../../db/instance.js';
import { startInstance, stopInstance } from '../../db/server.js';
import { RestartingError } from '../errors.js';

// Graceful first (Neo4j ends open transactions within db.shutdown_transaction_end_timeout, 5 s),
// then killed: a busy expression can hold the shutdown for ever. Shorter than `db stop`'s 30 s
// because the analyst is waiting, and the store recovers at start either way.
export const RESTART_STOP_GRACE_MS = 10_000;
// What a client is told to wait: the stop grace plus a typical start (10–20 s).
export const RESTART_RETRY_AFTER_S = 30;

export class DatabaseRestarter {
  private current: Promise<void> | undefined;

  constructor(
    private readonly instance: Instance,
    /** Where the restart says what it does (the server log); never given query text. */
    private readonly log: (line: string) => void,
    private readonly stopGraceMs: number = RESTART_STOP_GRACE_MS,
  ) {}

  get restarting(): boolean {
    return this.current !== undefined;
  }

  /** Throws RestartingError (503) while a restart is under way. */
  assertAvailable(): void {
    if (this.current)
      throw new RestartingError(
        `the database is restarting to end a query it could not stop; try again in ${RESTART_RETRY_AFTER_S} s`,
        RESTART_RETRY_AFTER_S,
      );
  }

  /** Stops (graceful, then killed) and starts the database; resolves once Bolt answers again. */
  restart(reason: string): Promise<void> {
    this.current ??= this.run(reason).finally(() => {
      this.current = undefined;
    });
    return this.current;
  }

  private async run(reason: string): Promise<void> {
    const started = Date.now();
    this.log(`Restarting the database: ${reason}.`);
    try {
      await stopInstance(this.instance, this.log, this.stopGraceMs);
      await startInstance(this.instance, this.log);
      this.log(`The database is running again (restart took ${((Date.now() - started) / 1000).toFixed(1)} s).`);
    } catch (error) {
      this.log(`The database restart failed: ${(error as Error).message}; start it with \`leakgraph db start\`.`);
    }
  }
}
