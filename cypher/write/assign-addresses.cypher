// $rows: [{email, person, reason}] for addresses whose person or reason changed. The address leaves
// its old person (which becomes dirty) and joins the new one.
UNWIND $rows AS row
MATCH (a:Address {email: row.email}), (p:Person {id: row.person})
OPTIONAL MATCH (old:Person)-[u:USES]->(a)
WHERE old <> p
SET old.dirty = true
DELETE u
WITH DISTINCT a, p, row
MERGE (p)-[n:USES]->(a)
SET n.reason = row.reason, p.dirty = true
