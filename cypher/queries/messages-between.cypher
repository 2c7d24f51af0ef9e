// name:        messages-between
// title:       Messages between two people
// result:      table
// description: Every message one of two people sent to the other, oldest first.
// param:       a person = "@top(1)" -- one person (default: the most active person)
// param:       b person -- the other (default: a's most frequent correspondent)
// param:       limit int = 500 -- how many messages at most

MATCH (a:Person {id: $a})
OPTIONAL CALL (a) {
  MATCH (a)-[e:EMAILED]-(q:Person) WHERE q <> a
  RETURN q.id AS busiest ORDER BY e.count DESC, q.id LIMIT 1
}
MATCH (b:Person {id: coalesce($b, busiest)})
CALL (a, b) {
  MATCH (a)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(b)
  RETURN DISTINCT m, a AS sender, b AS recipient
  UNION
  MATCH (b)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(a)
  RETURN DISTINCT m, b AS sender, a AS recipient
}
RETURN toString(m.date) AS date, sender.name AS from, recipient.name AS to, m.subject AS subject, m.id AS messageId
ORDER BY m.date, m.id
LIMIT $limit
