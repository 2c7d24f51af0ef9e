// Persons $ids as pickers, search and suggestion lists show them: names, messages sent and received,
// and the address they use most (an SMTP one first), so "Kenneth Lay", "Kenneth L. Lay" and
// "Kenneth L. Lay (E-mail)" can be told apart. Degrees come from the store: no message is read.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.names, []) AS names,
       coalesce(p.sent, 0) + coalesce(p.received, 0) AS messages,
       COLLECT {
         MATCH (p)-[:USES]->(a:Address)
         RETURN a.email
         ORDER BY CASE a.kind WHEN 'smtp' THEN 0 ELSE 1 END,
                  COUNT { (a)-[:SENT]->() } + COUNT { ()-[:TO|CC|BCC]->(a) } DESC, a.email
         LIMIT 1
       }[0] AS address
