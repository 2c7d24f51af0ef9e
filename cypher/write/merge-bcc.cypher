// $rows: RoleRow[] of BCC recipients on copies of messages already in the graph. Only the sender's
// copy shows BCC, so a later copy can reveal recipients. A new edge changes a message that was
// already counted: the recipient's names and the counts of both ends are rebuilt from the messages
// (Address.dirty, Address.rebuild), and the message is pending (threads by subject look at recipients).
UNWIND $rows AS row
MATCH (m:Message {id: row.message}), (a:Address {email: row.email})
WHERE NOT EXISTS { (m)-[:TO|CC]->(a) }
MERGE (m)-[r:BCC]->(a)
  ON CREATE SET r.name = row.name, r.isNew = true
WITH m, a, coalesce(r.isNew, false) AS isNew, r
REMOVE r.isNew
WITH m, a WHERE isNew
SET a.dirty = true, a.rebuild = true, m.pending = true
WITH m
MATCH (s:Address)-[:SENT]->(m)
SET s.rebuild = true
