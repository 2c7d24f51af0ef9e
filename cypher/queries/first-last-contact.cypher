// name:        first-last-contact
// title:       First and last contact between two people
// result:      table
// description: When two people first and last wrote to each other (either direction), and how many
//              messages they exchanged in between.
// param:       a person = "@top(1)" -- one person (default: the most active person)
// param:       b person -- the other (default: a's most frequent correspondent)

MATCH (a:Person {id: $a})
OPTIONAL CALL (a) {
  MATCH (a)-[e:EMAILED]-(q:Person) WHERE q <> a
  RETURN q.id AS busiest ORDER BY e.count DESC, q.id LIMIT 1
}
MATCH (b:Person {id: coalesce($b, busiest)})
CALL (a, b) {
  MATCH (a)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(b)
  RETURN DISTINCT m, a AS sender
  UNION
  MATCH (b)-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(a)
  RETURN DISTINCT m, b AS sender
}
WITH a, b, m, sender WHERE m.date IS NOT NULL
ORDER BY m.date, m.id
WITH a, b, collect({id: m.id, date: toString(m.date), subject: m.subject, from: sender.name}) AS messages
UNWIND [['first', messages[0]], ['last', messages[-1]]] AS contact
WITH a, b, messages, contact WHERE contact[1] IS NOT NULL
RETURN contact[0] AS contact, a.name AS personA, b.name AS personB, contact[1].date AS date,
       contact[1].from AS from, contact[1].subject AS subject, size(messages) AS messages, contact[1].id AS messageId
