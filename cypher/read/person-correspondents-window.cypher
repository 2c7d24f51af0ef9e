// The persons $id exchanged most messages with in [$from, $to), counted from the messages
// themselves (EMAILED edges hold all-time counts): sent = messages from $id with them among the
// recipients, received = messages from them with $id among the recipients, as EMAILED counts them.
MATCH (p:Person {id: $id})-[:USES]->(:Address)-[r:SENT|TO|CC|BCC]-(m:Message)
WHERE m.date >= datetime($from) AND m.date < datetime($to)
WITH DISTINCT p, m, type(r) = 'SENT' AS outgoing
CALL (p, m, outgoing) {
  WITH p, m, outgoing WHERE outgoing
  MATCH (m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(q:Person)
  WHERE q <> p
  RETURN DISTINCT q, 1 AS sent, 0 AS received
  UNION
  WITH p, m, outgoing WHERE NOT outgoing
  MATCH (m)<-[:SENT]-(:Address)<-[:USES]-(q:Person)
  WHERE q <> p
  RETURN DISTINCT q, 0 AS sent, 1 AS received
}
WITH q, sum(sent) AS sent, sum(received) AS received
RETURN q.id AS id, coalesce(q.name, q.id) AS name, sent, received, sent + received AS total
ORDER BY total DESC, id ASC
LIMIT $limit
