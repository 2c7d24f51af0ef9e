// The persons $ids as correspondents, like read/entity-gazetteer.cypher: the persons a derive changed,
// read again to bring a list of correspondents read before it up to date (ingest/write/entities.ts).
MATCH (p:Person)
WHERE p.id IN $ids
WITH p, COLLECT { MATCH (p)-[:USES]->(a:Address) RETURN a.email ORDER BY a.email } AS emails
WHERE size(emails) > 0
RETURN p.id AS person, coalesce(p.names, []) AS names, emails
ORDER BY person
