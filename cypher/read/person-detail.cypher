// One person with its addresses and why each belongs to it: the person given by id, or the one using
// the given address (two lookups by index, as read/person-addresses.cypher).
CALL () {
  MATCH (p:Person {id: $ref})
  RETURN p
  UNION
  MATCH (p:Person)-[:USES]->(:Address {email: $ref})
  RETURN p
}
MATCH (p)-[u:USES]->(a:Address)
WITH p, a, u ORDER BY a.email
RETURN p.id AS id, p.name AS name, p.names AS names, p.sent AS sent, p.received AS received,
       collect({email: a.email, kind: a.kind, reason: u.reason}) AS addresses
