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

const ADDRESS = 'address:';

export const correspondentId = (email: string) => `${ADDRESS}${email}`;

interface Participant {
  email: string;
  names: string[];
}

/** Every person as a correspondent the gazetteer can find, identified by its smallest mail address (else its smallest address). */
export async function readCorrespondents(driver: Driver): Promise<Correspondent[]> {
  const { records } = await driver.executeQuery(
    loadCypher('read/entity-gazetteer'),
    {},
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => {
    const emails = r.get('emails') as string[];
    const smtp = emails.filter((e) => e.includes('@') && !e.startsWith('/'));
    return { id: correspondentId(smtp[0] ?? emails[0]!), names: r.get('names') as string[], addresses: smtp };
  });
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

/** Writes what was read in a page of messages, in one transaction. */
export async function writeEntityResults(driver: Driver, results: (EntityResult & { ok: true })[]): Promise<void> {
  const rows = results.map((r) => ({
    id: r.id,
    lang: r.lang,
    entities: r.mentions
      .filter((m) => !m.personId)
      // Entity.key is a unique index; a run of a thousand capitalised words must not be too long for it.
      .map((m) => ({
        key: indexKey(m.key),
        name: m.name,
        type: m.type,
        count: neo4j.int(m.count),
        contexts: m.contexts,
        roles: m.roles,
        shortFor: m.shortFor === undefined ? null : indexKey(m.shortFor),
      })),
    references: r.mentions
      .filter((m) => m.personId?.startsWith(ADDRESS))
      .map((m) => ({
        email: m.personId!.slice(ADDRESS.length),
        name: m.name,
        count: neo4j.int(m.count),
        contexts: m.contexts,
        roles: m.roles,
      })),
  }));
  if (rows.length) await driver.executeQuery(loadCypher('write/entity-results'), { rows });
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
