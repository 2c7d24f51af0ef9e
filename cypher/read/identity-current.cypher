// The persons as the graph has them now, to write only what changes.
MATCH (p:Person)
OPTIONAL MATCH (p)-[u:USES]->(a:Address)
RETURN p.id AS id, p.name AS name, p.names AS names, collect({email: a.email, reason: u.reason}) AS members
