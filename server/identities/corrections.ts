/**
 * Merge, split and undo from the explorer: the IdentityService records the same Correction nodes
 * `leakgraph people` records (so they survive re-ingest) and derives the graph again; this module
 * says what became of the persons involved, so the explorer can update its view in place: which
 * person ids are gone, and which person now holds most of each one's addresses.
 */
import type { Driver } from 'neo4j-driver';

import type { CorrectionResult, CorrectionView, PersonRef } from '../../contract/index.js';
import { readOne, readQuery } from '../db/queries.js';
import { HttpError, NotFoundError } from '../errors.js';
import { IdentityRefError, type IdentityService } from './identity-service.js';

const isPersonId = (ref: string) => /^p-[0-9a-f]{16}$/.test(ref);

export function requireService(identities: IdentityService | undefined): IdentityService {
  if (!identities)
    throw new HttpError(
      503,
      'identity corrections are not available in this server: start it with `leakgraph serve`, or correct with `leakgraph people merge|split`',
    );
  return identities;
}

export const listCorrections = (driver: Driver, person: string | null) =>
  readQuery<CorrectionView & Record<string, unknown>>(driver, 'person-corrections', { person });

const readCorrection = (driver: Driver, id: string) =>
  readOne<CorrectionView & Record<string, unknown>>(driver, 'correction', { id });

type Owner = PersonRef & { email: string };
const ownersOf = (driver: Driver, emails: string[]) =>
  readQuery<Owner & Record<string, unknown>>(driver, 'persons-of-addresses', { emails });

/** Each person and the addresses it uses now. */
async function addressesOf(driver: Driver, ids: string[]): Promise<Map<string, string[]>> {
  const rows = await readQuery<{ id: string; emails: string[] }>(driver, 'addresses-of-persons', { ids });
  return new Map(rows.map((r) => [r.id, r.emails]));
}

/** The persons the refs stand for now (ids as given, addresses by their person), with their addresses. */
async function personsBefore(driver: Driver, refs: string[]): Promise<Map<string, string[]>> {
  const emails = refs.filter((r) => !isPersonId(r)).map((r) => r.trim().toLowerCase());
  const owners = emails.length ? await ownersOf(driver, emails) : [];
  return addressesOf(driver, [...new Set([...refs.filter(isPersonId), ...owners.map((o) => o.id)])]);
}

async function outcome(
  driver: Driver,
  correction: CorrectionView | null,
  named: string[],
  before: Map<string, string[]>,
): Promise<CorrectionResult> {
  const emails = [...new Set([...named, ...[...before.values()].flat()])];
  const owner = new Map((await ownersOf(driver, emails)).map((o) => [o.email, o]));
  const now = new Set([...owner.values()].map((o) => o.id));
  const gone = [...before.keys()].filter((id) => !now.has(id));
  const replacedBy: Record<string, string> = {};
  for (const id of gone) {
    const votes = new Map<string, number>();
    for (const e of before.get(id) ?? []) {
      const o = owner.get(e);
      if (o) votes.set(o.id, (votes.get(o.id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) replacedBy[id] = best[0];
  }
  const first = named.map((e) => owner.get(e)).find(Boolean);
  return { correction, person: first ? { id: first.id, name: first.name } : null, gone, replacedBy };
}

export async function correct(
  driver: Driver,
  identities: IdentityService,
  kind: 'merge' | 'split',
  refs: string[],
  note: string,
): Promise<CorrectionResult> {
  const before = await personsBefore(driver, refs);
  let done: { id: string; addresses: string[] };
  try {
    done = await identities.correct(kind, refs, note);
  } catch (error) {
    if (error instanceof IdentityRefError) throw new HttpError(400, error.message);
    throw error;
  }
  return outcome(driver, (await readCorrection(driver, done.id)) ?? null, done.addresses, before);
}

export async function undoCorrection(
  driver: Driver,
  identities: IdentityService,
  id: string,
): Promise<CorrectionResult> {
  const correction = await readCorrection(driver, id);
  if (!correction) throw new NotFoundError(`no correction ${id} (GET /api/people/corrections lists them)`);
  const before = await addressesOf(driver, [
    ...new Set((await ownersOf(driver, correction.addresses)).map((o) => o.id)),
  ]);
  if (!(await identities.undo(id))) throw new NotFoundError(`no correction ${id}`);
  return outcome(driver, correction, correction.addresses, before);
}
