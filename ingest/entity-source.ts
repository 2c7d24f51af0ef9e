/**
 * The entity pass's sources of text (issue 12): stored messages and read documents. Each says how
 * much work it has, hands it out page by page in key order (memory stays one page), and writes back
 * what the extractor found; the pass (entity-pass.ts) runs them one after the other in one worker pool.
 */
import type { Driver } from 'neo4j-driver';

import type { EntityResult, EntityWork } from './workers/protocol.js';

export type EntityResultOk = EntityResult & { ok: true };

export interface EntityTextSource {
  kind: 'message' | 'document';
  /** Items per page read and per transaction written. */
  page: number;
  /** Marks every item to be read again (--rebuild). */
  reset(driver: Driver): Promise<void>;
  /** Items marked to be read. */
  count(driver: Driver): Promise<number>;
  /** The marked items, page by page. */
  pages(driver: Driver): AsyncGenerator<EntityWork>;
  /** Writes a page of results; each item loses its mark. */
  write(driver: Driver, results: EntityResultOk[]): Promise<void>;
}

/** Every item `read` returns, a page at a time, each page after the last id of the one before. */
async function* paged(
  driver: Driver,
  read: (driver: Driver, after: string, limit: number) => Promise<EntityWork[]>,
  limit: number,
): AsyncGenerator<EntityWork> {
  // The next page is asked for while this one is handed out.
  let next = read(driver, '', limit);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    next = read(driver, page.at(-1)!.id, limit);
    next.catch(() => {}); // observed by the next await
    yield* page;
  }
}

/** A source whose work is read in key order, `page` items after the last key of the page before. */
export function pagedSource(
  parts: Omit<EntityTextSource, 'pages'> & {
    read: (driver: Driver, after: string, limit: number) => Promise<EntityWork[]>;
  },
): EntityTextSource {
  const { read, ...source } = parts;
  return { ...source, pages: (driver) => paged(driver, read, source.page) };
}
