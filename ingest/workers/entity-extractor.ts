/**
 * What the entity pass needs of whatever extracts names: a pool of worker threads (pool.ts), or the
 * resident extractor a long-running leakgraph process keeps loaded (resident-extractor.ts). Items go
 * in, results come out in the same order; the correspondents of the run's gazetteer are sent first.
 */
import type { Correspondent } from '../extract/entities/types.js';
import type { EntityResult, EntityWork } from './protocol.js';

export interface EntityExtractor {
  /** The most threads it extracts on (a pass that wants more starts a pool of its own). */
  readonly workers: number;
  /** The run's correspondents: sent ahead of the work that follows, which is matched against them. */
  configure(patch: { correspondents: Correspondent[] }): void;
  /** Every item of `source`, in order. */
  map(source: AsyncIterable<EntityWork> | Iterable<EntityWork>): AsyncGenerator<EntityResult>;
  /** Ends its use; closing twice is harmless. */
  close(): Promise<void>;
  /** Set when the work went to a resident extractor (and stayed there: a lost one falls back to local threads). */
  readonly resident?: boolean;
}
