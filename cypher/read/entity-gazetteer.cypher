// Every person with its display names and addresses: the gazetteer entity extraction matches
// full names against, so a correspondent named in a body links to that person.
// Each person's addresses are collected in order by a subquery, not by sorting every USES pair of the
// graph first: the same rows, read in ~0.3 s instead of ~0.4 on the ×4 benchmark graph (23,076 persons).
MATCH (p:Person)
WITH p, COLLECT { MATCH (p)-[:USES]->(a:Address) RETURN a.email ORDER BY a.email } AS emails
WHERE size(emails) > 0
RETURN p.id AS person, coalesce(p.names, []) AS names, emails
ORDER BY person
