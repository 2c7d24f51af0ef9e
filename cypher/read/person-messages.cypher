// GET /api/persons/:id/messages: one page of the messages $id sent ($role 'sent'), received
// ('received') or both ('all'), optionally only those exchanged with $with (one sent, the other
// received) and dated in [$from, $to). $sort: date, -date, subject, -subject.
MATCH (p:Person {id: $id})
WITH p, COLLECT {
  MATCH (p)-[:USES]->(:Address)-[r:SENT|TO|CC|BCC]-(m:Message)
  WHERE ($role = 'all' OR ($role = 'sent') = (type(r) = 'SENT'))
    AND ($from IS NULL OR m.date >= datetime($from))
    AND ($to IS NULL OR m.date < datetime($to))
    AND ($with IS NULL
      OR EXISTS { (p)-[:USES]->(:Address)-[:SENT]->(m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(:Person {id: $with}) }
      OR EXISTS { (:Person {id: $with})-[:USES]->(:Address)-[:SENT]->(m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(p) })
  RETURN DISTINCT m
} AS messages
RETURN size(messages) AS total,
       COLLECT {
         UNWIND messages AS m
         WITH m
         ORDER BY CASE WHEN $sort = 'date' THEN m.date END ASC,
                  CASE WHEN $sort = '-date' THEN m.date END DESC,
                  CASE WHEN $sort = 'subject' THEN toLower(m.subject) END ASC,
                  CASE WHEN $sort = '-subject' THEN toLower(m.subject) END DESC,
                  m.id ASC
         SKIP $offset LIMIT $limit
         RETURN m.id
       } AS ids
