/**
 * Identity corrections as the command line and the explorer make them: the ingest's correction
 * and derive entry points (ingest/write/corrections.ts, derive.ts) behind the server's
 * IdentityService. Corrections run one at a time, each followed by the derive step, so two
 * analysts' clicks never resolve persons concurrently.
 */
import type { Driver } from 'neo4j-driver';

import { runDocumentSignals } from '../ingest/document-signals.js';
import { variantNameKey } from '../ingest/extract/identities/name-keys.js';
import {
  UnknownPersonError,
  deleteCorrection,
  expandToAddresses,
  recordCorrection,
} from '../ingest/write/corrections.js';
import { deriveGraph } from '../ingest/write/derive.js';
import { IdentityRefError, type IdentityService } from '../server/identities/identity-service.js';

async function addressesOf(driver: Driver, refs: string[]): Promise<string[]> {
  try {
    return await expandToAddresses(driver, refs);
  } catch (error) {
    throw error instanceof UnknownPersonError ? new IdentityRefError(error.message) : error;
  }
}

/**
 * Persons resolved again, then the documents' metadata people: a merge may delete the person a
 * document's author linked to, a split move the address it was linked by (document-signals.ts).
 */
async function derive(driver: Driver): Promise<void> {
  await deriveGraph(driver);
  await runDocumentSignals(driver);
}

export function identityService(driver: Driver): IdentityService {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    variantNameKey,
    correct: (kind, refs, note) =>
      oneAtATime(async () => {
        if (kind === 'split' && refs.some((r) => r.startsWith('p-')))
          throw new IdentityRefError('split takes addresses, not person ids: name the addresses to separate');
        const expanded = await addressesOf(driver, refs);
        // A split names exactly the addresses given, not every address of their person.
        const wanted = new Set(refs.map((r) => r.trim().toLowerCase()));
        const addresses = kind === 'split' ? expanded.filter((a) => wanted.has(a)) : expanded;
        if (addresses.length === 0) throw new IdentityRefError(`${refs.join(', ')}: no such address in the graph`);
        const id = await recordCorrection(driver, kind, addresses, note);
        await derive(driver);
        return { id, addresses };
      }),
    undo: (id) =>
      oneAtATime(async () => {
        if (!(await deleteCorrection(driver, id))) return false;
        await derive(driver);
        return true;
      }),
  };
}
