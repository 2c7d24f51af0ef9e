/**
 * Each person's organisation domain as the explorer should colour it, ranked here in TypeScript from
 * plain rows (person, address, domain, messages sent from it) rather than by the derive's Cypher: the
 * domain of the address they send from most, then the first by address, '' when none has a domain.
 */
import type { Driver } from 'neo4j-driver';

export interface PersonDomains {
  of(id: string): string;
  /** Persons whose addresses have more than one domain: where the ranking decides. */
  contested: string[];
}

export async function expectedPersonDomains(driver: Driver): Promise<PersonDomains> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person)-[:USES]->(a:Address) RETURN p.id AS id, a.email AS email, a.domain AS domain, COUNT { (a)-[:SENT]->() } AS sent',
  );
  const best = new Map<string, { email: string; domain: string; sent: number }>();
  const domains = new Map<string, Set<string>>();
  for (const r of records) {
    const use = { id: r.get('id') as string, email: r.get('email') as string, domain: r.get('domain') as string };
    const sent = Number(r.get('sent'));
    if (!use.domain) continue;
    (domains.get(use.id) ?? domains.set(use.id, new Set()).get(use.id)!).add(use.domain);
    const b = best.get(use.id);
    if (!b || sent > b.sent || (sent === b.sent && use.email < b.email)) best.set(use.id, { ...use, sent });
  }
  return {
    of: (id) => best.get(id)?.domain ?? '',
    contested: [...domains].filter(([, set]) => set.size > 1).map(([id]) => id),
  };
}

/** The persons whose stored Person.domain is not the one ranked here, as [id, stored, expected]. */
export async function misplacedDomains(driver: Driver, expected: PersonDomains): Promise<[string, unknown, string][]> {
  const { records } = await driver.executeQuery('MATCH (p:Person) RETURN p.id AS id, p.domain AS domain');
  return records
    .map((r): [string, unknown, string] => [r.get('id'), r.get('domain'), expected.of(r.get('id'))])
    .filter(([, stored, wanted]) => stored !== wanted);
}
