/**
 * Every Copy in the graph with what its Message says (subject, sender, TO recipients): what the tests
 * of mail found inside other things (issue 12) compare with their fixtures, found by path and entries.
 */
import type { Driver } from 'neo4j-driver';

export interface MessageCopy {
  key: string;
  path: string;
  entries: string[];
  sha256: string;
  format: string;
  subject: string;
  from: string | null;
  to: string[];
}

export async function readMessageCopies(driver: Driver): Promise<MessageCopy[]> {
  const { records } = await driver.executeQuery(
    `MATCH (c:Copy)-[:OF]->(m:Message)
     OPTIONAL MATCH (f:Address)-[:SENT]->(m)
     OPTIONAL MATCH (m)-[:TO]->(t:Address)
     RETURN c.key AS key, c.path AS path, c.entries AS entries, c.sha256 AS sha256, c.format AS format,
            m.subject AS subject, f.email AS from, collect(t.email) AS to`,
  );
  return records.map((r) => r.toObject() as MessageCopy);
}

/** The copies found at `path` whose entries start with `entries` (all of them when `exact` is false). */
export function copiesAt(copies: MessageCopy[], path: string, entries: string[], exact: boolean): MessageCopy[] {
  const head = JSON.stringify(entries);
  return copies.filter(
    (c) => c.path === path && JSON.stringify(exact ? c.entries : c.entries.slice(0, entries.length)) === head,
  );
}
