// Messages each person sent and received within [$from, $to) (message_date index), read from the
// messages: the pieces of month at either end of a date window (whole months come from
// graph-month-volumes.cypher), counted as the derive counts ACTIVE_IN. One row of lists.
CALL () {
  MATCH (m:Message) WHERE m.date >= datetime($from) AND m.date < datetime($to)
  MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m)
  RETURN p.id AS id, count(DISTINCT m) AS sent, 0 AS received
  UNION ALL
  MATCH (m:Message) WHERE m.date >= datetime($from) AND m.date < datetime($to)
  MATCH (m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(p:Person)
  RETURN p.id AS id, 0 AS sent, count(DISTINCT m) AS received
}
WITH id, sum(sent) AS sent, sum(received) AS received
RETURN collect(id) AS ids, collect(sent) AS sent, collect(received) AS received
