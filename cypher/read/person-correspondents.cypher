// The persons $id exchanged most messages with: EMAILED both ways (sent = from $id).
MATCH (p:Person {id: $id})-[e:EMAILED]-(q:Person)
WHERE q <> p
WITH q, sum(CASE WHEN startNode(e) = p THEN e.count ELSE 0 END) AS sent,
        sum(CASE WHEN endNode(e) = p THEN e.count ELSE 0 END) AS received
RETURN q.id AS id, coalesce(q.name, q.id) AS name, sent, received, sent + received AS total
ORDER BY total DESC, id ASC
LIMIT $limit
