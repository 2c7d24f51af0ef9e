// Messages each person sent and received within [$from, $to): the node sizes and the top-N
// ranking of a date-filtered graph.
CALL () {
  MATCH (m:Message) WHERE m.date >= datetime($from) AND m.date < datetime($to)
  MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m)
  RETURN p.id AS id, count(DISTINCT m) AS sent, 0 AS received
  UNION ALL
  MATCH (m:Message) WHERE m.date >= datetime($from) AND m.date < datetime($to)
  MATCH (m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(p:Person)
  RETURN p.id AS id, 0 AS sent, count(DISTINCT m) AS received
}
RETURN id, sum(sent) AS sent, sum(received) AS received
