// The messages behind a subgraph: sent by one of the persons $ids to another of them, dated in
// [$from, $to) when set; oldest first, at most $limit (the server reports the total).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:USES]->(:Address)-[:SENT]->(m:Message)-[:TO|CC|BCC]->(:Address)<-[:USES]-(q:Person)
WHERE q.id IN $ids
  AND ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
WITH DISTINCT m
ORDER BY m.date ASC, m.id ASC
WITH collect(m.id) AS ids
RETURN size(ids) AS total, ids[0..$limit] AS ids
