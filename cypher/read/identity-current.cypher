// The persons using the addresses $emails now, with all their addresses, to write only what changes.
UNWIND $emails AS email
MATCH (:Address {email: email})<-[:USES]-(p:Person)
WITH DISTINCT p
MATCH (p)-[u:USES]->(a:Address)
RETURN p.id AS id, p.name AS name, p.names AS names, collect({email: a.email, reason: u.reason}) AS members
