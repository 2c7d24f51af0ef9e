// The addresses of a person given by id, or of the person using a given address.
MATCH (p:Person)-[:USES]->(a:Address)
WHERE p.id = $ref OR EXISTS { (p)-[:USES]->(:Address {email: $ref}) }
RETURN p.id AS person, collect(a.email) AS addresses
