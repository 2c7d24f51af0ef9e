// The messages behind each hop ($pairs: [{a, b}]): sent by one of the two persons to the other,
// in either direction; how many, and the ids of the newest $limit.
UNWIND $pairs AS pair
MATCH (x:Person {id: pair.a}), (y:Person {id: pair.b})
WITH pair, COLLECT {
  MATCH (x)-[:USES]->(:Address)-[r1:SENT|TO|CC|BCC]-(m:Message)-[r2:SENT|TO|CC|BCC]-(:Address)<-[:USES]-(y)
  WHERE (type(r1) = 'SENT') <> (type(r2) = 'SENT')
  RETURN DISTINCT m
} AS messages
RETURN pair.a AS a, pair.b AS b, size(messages) AS count,
       COLLECT { UNWIND messages AS m WITH m ORDER BY m.date DESC, m.id LIMIT $limit RETURN m.id } AS ids
