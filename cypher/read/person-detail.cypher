// One person with its addresses and why each belongs to it.
MATCH (p:Person)-[u:USES]->(a:Address)
WHERE p.id = $ref OR EXISTS { (p)-[:USES]->(:Address {email: $ref}) }
WITH p, a, u ORDER BY a.email
RETURN p.id AS id, p.name AS name, p.names AS names, p.sent AS sent, p.received AS received,
       collect({email: a.email, kind: a.kind, reason: u.reason}) AS addresses
