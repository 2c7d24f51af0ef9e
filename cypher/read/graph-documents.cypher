// Documents the persons $ids sent or received as attachments (within the window when $from/$to are
// set), per person and document, with the person's role: the graph's optional document nodes (issue 12).
// $anomalies: 'with' keeps documents with at least one anomaly, 'without' those with none, 'all' both.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:USES]->(a:Address)
CALL (a) {
  MATCH (a)-[:SENT]->(m:Message)-[:HAS_ATTACHMENT]->(d:Document)
  RETURN m, d, true AS sent
  UNION
  MATCH (a)<-[:TO|CC|BCC]-(m:Message)-[:HAS_ATTACHMENT]->(d:Document)
  RETURN m, d, false AS sent
}
WITH p, m, d, sent
WHERE ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
  AND ($anomalies = 'all'
    OR ($anomalies = 'with' AND coalesce(d.anomalyCount, 0) > 0)
    OR ($anomalies = 'without' AND coalesce(d.anomalyCount, 0) = 0))
WITH p, d, count(DISTINCT m) AS count, max(sent) AS sent, min(sent) AS onlySent,
     min(m.date) AS first, max(m.date) AS last
RETURN p.id AS source, d.sha256 AS sha256, coalesce(d.name, '') AS name, d.format AS format, coalesce(d.size, 0) AS size,
       coalesce(d.anomalyCount, 0) AS anomalyCount, count,
       CASE WHEN onlySent THEN 'sent' WHEN sent THEN 'both' ELSE 'received' END AS role,
       toString(first) AS first, toString(last) AS last
