// The person using each of the addresses $emails now.
UNWIND $emails AS email
MATCH (p:Person)-[:USES]->(:Address {email: email})
RETURN email, p.id AS id, coalesce(p.name, p.id) AS name
