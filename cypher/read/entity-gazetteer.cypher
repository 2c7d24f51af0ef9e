// Every person with its display names and addresses: the gazetteer entity extraction matches
// full names against, so a correspondent named in a body links to that person.
MATCH (p:Person)-[:USES]->(a:Address)
WITH p, a ORDER BY a.email
WITH p, collect(a.email) AS emails
RETURN p.id AS person, coalesce(p.names, []) AS names, emails
ORDER BY person
