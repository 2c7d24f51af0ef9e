/**
 * What the API needs from identity resolution, handed in by the shell (cli/identity-service.ts):
 * the server takes nothing but the model and the graph schema from the ingest (eslint.config.js),
 * so the correction and derive entry points the command line uses reach it as functions. Without
 * one, the explorer still suggests persons by shared correspondents, and corrections answer 503.
 */
export interface IdentityService {
  /** The key under which two display names are variants of one name; undefined for addresses and thin names. */
  variantNameKey(name: string): string | undefined;
  /**
   * Records a merge (persons or addresses that are one person) or a split (addresses that are a
   * person of their own), then derives the graph again. Returns the correction id and the
   * addresses it names. Rejects refs that name nothing in the graph.
   */
  correct(kind: 'merge' | 'split', refs: string[], note: string): Promise<{ id: string; addresses: string[] }>;
  /** Removes a correction and derives the graph again; false when there is no such correction. */
  undo(id: string): Promise<boolean>;
}

/** A correction that names nothing usable (an unknown person or address, a person id given to split): the analyst's to fix (400). */
export class IdentityRefError extends Error {
  override name = 'IdentityRefError';
}
