/**
 * ⑤ write: which stored messages the entity pass must read again when persons change (merged, split,
 * new, renamed). What the pass finds in a message depends on its own text and participants and on
 * the gazetteer of every person's names; a changed person changes the gazetteer only for its own
 * names. So the messages to read again are those naming one of its addresses (REFERS_TO) and those
 * whose text holds one of its name variants, before or after the change (found with the message
 * full-text index). Marked Message.entityPending; the entity pass reads them with the new gazetteer.
 */
import neo4j, { type Driver } from 'neo4j-driver';

import { loadCypher, runAutoCommit } from '../../db/cypher.js';

export interface ChangedPerson {
  /** Its names before and after the change. */
  names: string[];
  /** Its addresses before and after the change. */
  addresses: string[];
}

// Beyond this many changed persons (a first load, a large new drop), every message is read again:
// one pass costs less than thousands of name searches, and the new messages are unread anyway.
const MAX_SEARCHED_PERSONS = 2_000;
// Phrase clauses per full-text query (Lucene allows 1,024).
const PHRASES_PER_QUERY = 500;
const ADDRESSES_PER_QUERY = 5_000;
const INDEX_WAIT_SECONDS = 600;

/** Lucene phrase queries for the name variants, quotes and backslashes removed. */
function phraseQueries(variants: string[]): string[] {
  const phrases = [...new Set(variants.map((v) => v.replace(/["\\]/g, ' ').trim()).filter((v) => v.includes(' ')))];
  const queries: string[] = [];
  for (let i = 0; i < phrases.length; i += PHRASES_PER_QUERY)
    queries.push(
      phrases
        .slice(i, i + PHRASES_PER_QUERY)
        .map((p) => `"${p}"`)
        .join(' OR '),
    );
  return queries;
}

/** As the gazetteer's correspondents carry them (write/entities.ts): mail addresses, not Exchange DNs or names. */
const isMailAddress = (email: string) => email.includes('@') && !email.startsWith('/');

async function marked(driver: Driver, name: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await driver.executeQuery(loadCypher(name), params);
  const n = records[0]?.get('marked') as unknown;
  return neo4j.isInt(n) ? (n as { toNumber(): number }).toNumber() : Number(n ?? 0);
}

export async function markEntityRereads(driver: Driver, changed: ChangedPerson[]): Promise<number> {
  if (changed.length === 0) return 0;
  if (changed.length > MAX_SEARCHED_PERSONS) {
    await runAutoCommit(driver, 'write/mark-rereads-all');
    return -1;
  }
  // The gazetteer's own variant rules (loaded only now: they bring the dictionaries).
  const { nameParts } = await import('../extract/entities/gazetteer/build-gazetteer.js');
  const { fullNameVariants } = await import('../extract/entities/gazetteer/name-variants.js');
  const variants = changed.flatMap((p) =>
    nameParts({ id: '', names: [...new Set(p.names)], addresses: p.addresses.filter(isMailAddress) }).flatMap(
      fullNameVariants,
    ),
  );
  const addresses = [...new Set(changed.flatMap((p) => p.addresses))];
  let total = 0;
  for (let i = 0; i < addresses.length; i += ADDRESSES_PER_QUERY)
    total += await marked(driver, 'write/mark-rereads-referring', {
      emails: addresses.slice(i, i + ADDRESSES_PER_QUERY),
    });
  const queries = phraseQueries(variants);
  if (queries.length > 0)
    await driver.executeQuery(loadCypher('read/await-index'), {
      name: 'message_text',
      seconds: neo4j.int(INDEX_WAIT_SECONDS),
    });
  for (const q of queries) total += await marked(driver, 'write/mark-rereads-naming', { q });
  return total;
}
