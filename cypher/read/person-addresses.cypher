// The addresses of a person given by id, or of the person using a given address. Two lookups by
// index (an OR of both in one WHERE scans every person: ~0.2 s on the ×4 benchmark graph).
CALL () {
  MATCH (p:Person {id: $ref})
  RETURN p
  UNION
  MATCH (p:Person)-[:USES]->(:Address {email: $ref})
  RETURN p
}
MATCH (p)-[:USES]->(a:Address)
RETURN p.id AS person, collect(a.email) AS addresses
