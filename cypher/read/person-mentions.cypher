// Entities most mentioned in the messages $id sent or received (once entity extraction has run),
// only messages in [$from, $to) when a window is given.
MATCH (p:Person {id: $id})-[:USES]->(:Address)-[:SENT|TO|CC|BCC]-(m:Message)
WHERE $from IS NULL OR (m.date >= datetime($from) AND m.date < datetime($to))
WITH DISTINCT m
MATCH (m)-[:MENTIONS]->(e:Entity)
WITH e, count(m) AS count
RETURN e.key AS key, coalesce(e.name, e.key) AS name, e.type AS type, count
ORDER BY count DESC, key ASC
LIMIT $limit
