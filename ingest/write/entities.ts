/**
 * ⑤ write, entities: what the entity pass reads from and writes to the graph. Correspondents are
 * identified by address ("address:<email>"): a mention of one becomes a REFERS_TO edge to that
 * address, and the MENTIONS edge to its person is derived from it (link-person-mentions), so it
 * follows the address through merges and splits.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';
import { indexKey } from '../../db/index-key.js';
import type { Correspondent } from '../extract/entities/types.js';
import type { EntityResult, EntityWork } from '../workers/protocol.js';
import type { PersonsTouched } from './persons.js';

const ADDRESS = 'address:';

export const correspondentId = (email: string) => `${ADDRESS}${email}`;

interface Participant {
  email: string;
  names: string[];
}

/** Persons as correspondents, by person id in id order, identified by their smallest mail address (else their smallest address). */
async function readByPerson(
  driver: Driver,
  query: 'read/entity-gazetteer' | 'read/entity-gazetteer-of',
  params: Record<string, unknown>,
): Promise<Map<string, Correspondent>> {
  const { records } = await driver.executeQuery(loadCypher(query), params, { routing: neo4j.routing.READ });
  return new Map(
    records.map((r) => {
      const emails = r.get('emails') as string[];
      const smtp = emails.filter((e) => e.includes('@') && !e.startsWith('/'));
      const correspondent = {
        id: correspondentId(smtp[0] ?? emails[0]!),
        names: r.get('names') as string[],
        addresses: smtp,
      };
      return [r.get('person') as string, correspondent];
    }),
  );
}

/** Every person as a correspondent the gazetteer can find. */
export async function readCorrespondents(driver: Driver): Promise<Correspondent[]> {
  return [...(await readCorrespondentsByPerson(driver)).values()];
}

/** Persons as correspondents, by person id: a list read once a derive holds its lock, brought up to date after it. */
export type CorrespondentsByPerson = Map<string, Correspondent>;

/**
 * Every person as a correspondent, by person id. Read once a derive holds the lock (ingest/derive-pass.ts):
 * only a derive writes persons' names and addresses (persons.ts), and only while holding it, so nothing
 * but that derive's persons step can change them before correspondentsAfter reads its persons again.
 */
export async function readCorrespondentsByPerson(driver: Driver): Promise<CorrespondentsByPerson> {
  return readByPerson(driver, 'read/entity-gazetteer', {});
}

/**
 * The correspondents after a derive, as readCorrespondents would read them then: from those read once
 * the derive held its lock (while its first steps ran), with the persons its persons step touched read
 * again (a few for a few new mails, where the whole list is 23,000 persons and ~0.4 s on the ×4 benchmark
 * graph). Read whole without that list, or after a derive of everything.
 */
export async function correspondentsAfter(
  driver: Driver,
  before: CorrespondentsByPerson | undefined,
  touched: PersonsTouched,
): Promise<Correspondent[]> {
  if (!before || touched.everything) return readCorrespondents(driver);
  const byPerson = new Map(before);
  for (const id of touched.persons) byPerson.delete(id);
  if (touched.persons.length)
    for (const [id, c] of await readByPerson(driver, 'read/entity-gazetteer-of', { ids: touched.persons }))
      byPerson.set(id, c);
  // In person id order, as the whole read returns them (ids are ASCII: the same order in Cypher and here).
  return [...byPerson.keys()].sort().map((id) => byPerson.get(id)!);
}

export async function countEntityWork(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(loadCypher('read/entity-count'), {}, { routing: neo4j.routing.READ });
  return Number(records[0]?.get('messages') ?? 0);
}

const toCorrespondent = (p: Participant): Correspondent => ({
  id: correspondentId(p.email),
  names: p.names,
  addresses: [p.email],
});

/** The next page of messages to read, after `after` in id order. */
export async function readEntityWork(driver: Driver, after: string, limit: number): Promise<EntityWork[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/entity-work'),
    { after, limit: neo4j.int(limit) },
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => {
    const sender = r.get('sender') as Participant | null;
    const recipients = (r.get('recipients') as (Participant | null)[]).filter((p): p is Participant => p !== null);
    return {
      id: r.get('id') as string,
      text: r.get('text') as string,
      subject: r.get('subject') as string,
      participants: [...(sender ? [sender] : []), ...recipients].map(toCorrespondent),
      sender: sender ? correspondentId(sender.email) : null,
    };
  });
}

interface EntityNode {
  key: string;
  name: string;
  type: string;
  mentioned: boolean;
}

/**
 * Writes what was read in a page of messages (or, with write/entity-document-results, of documents),
 * in one transaction.
 */
export async function writeEntityResults(
  driver: Driver,
  results: (EntityResult & { ok: true })[],
  statement = 'write/entity-results',
): Promise<void> {
  // Every entity of the batch once, in the order the items name it: the first naming creates it.
  const entities = new Map<string, EntityNode>();
  const name = (key: string, node: Omit<EntityNode, 'key'>) => {
    const known = entities.get(key);
    if (!known) entities.set(key, { key, ...node });
    else if (node.mentioned) known.mentioned = true;
  };
  const rows = results.map((r) => ({
    id: r.id,
    lang: r.lang,
    entities: r.mentions
      .filter((m) => !m.personId)
      // Entity.key is a unique index; a run of a thousand capitalised words must not be too long for it.
      .map((m) => {
        const key = indexKey(m.key);
        const shortFor = m.shortFor === undefined ? null : indexKey(m.shortFor);
        name(key, { name: m.name, type: m.type, mentioned: true });
        if (shortFor !== null) name(shortFor, { name: m.name, type: m.type, mentioned: false });
        return { key, name: m.name, count: m.count, contexts: m.contexts, roles: m.roles, shortFor };
      }),
    references: r.mentions
      .filter((m) => m.personId?.startsWith(ADDRESS))
      .map((m) => ({
        email: m.personId!.slice(ADDRESS.length),
        name: m.name,
        count: m.count,
        contexts: m.contexts,
        roles: m.roles,
      })),
  }));
  if (rows.length) await driver.executeQuery(loadCypher(statement), { entities: [...entities.values()], rows });
}

export async function resetEntities(driver: Driver): Promise<void> {
  await runAutoCommit(driver, 'write/reset-entities');
}

/** After a pass: MENTIONS to persons, entity names and counts, orphans removed. */
export async function deriveEntities(driver: Driver): Promise<void> {
  await runAutoCommit(driver, 'write/link-person-mentions');
  await runAutoCommit(driver, 'write/delete-orphan-entities');
  await runAutoCommit(driver, 'write/refresh-entities');
}
