// Entities most mentioned in the messages $id sent or received (once entity extraction has run).
MATCH (p:Person {id: $id})-[:USES]->(:Address)-[:SENT|TO|CC|BCC]-(m:Message)
WITH DISTINCT m
MATCH (m)-[:MENTIONS]->(e:Entity)
WITH e, count(m) AS count
RETURN e.key AS key, coalesce(e.name, e.key) AS name, e.type AS type, count
ORDER BY count DESC, key ASC
LIMIT $limit
