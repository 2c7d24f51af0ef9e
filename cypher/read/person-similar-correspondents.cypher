// "Same person?" by correspondents: persons who wrote with the same people as $id (its $reach
// strongest correspondents, either direction) but hardly ever on the same messages as $id. Two
// addresses of one person share correspondents without meeting; colleagues on the same threads
// share them by meeting all the time, and are left out by the second condition.
// shared: correspondents in common; correspondents: how many the candidate has; together: messages
// with both of them on it.
MATCH (p:Person {id: $id})-[e:EMAILED]-(c:Person)
WHERE c <> p
WITH p, c, sum(e.count) AS weight
ORDER BY weight DESC, c.id
LIMIT $reach
WITH p, collect(c) AS mine
UNWIND mine AS c
MATCH (c)-[:EMAILED]-(q:Person)
WHERE q <> p
WITH p, size(mine) AS reach, q, count(DISTINCT c) AS shared
WHERE shared >= $minShared
// Messages with both on them, counted only for the candidates left: carrying every person $id
// ever met on every row ran past Neo4j's transaction memory on a custodian (Steven South).
WITH q, reach, shared,
     COUNT {
       MATCH (p)-[:USES]->(:Address)-[:SENT|TO|CC|BCC]-(m:Message)-[:SENT|TO|CC|BCC]-(:Address)<-[:USES]-(q)
       RETURN DISTINCT m
     } AS together,
     COUNT { MATCH (q)-[:EMAILED]-(x:Person) WHERE x <> q RETURN DISTINCT x } AS correspondents
WITH q, shared, correspondents, together,
     toFloat(shared) / CASE WHEN correspondents < reach THEN correspondents ELSE reach END AS overlap
WHERE overlap >= $minOverlap AND together <= $maxTogether * (coalesce(q.sent, 0) + coalesce(q.received, 0))
RETURN q.id AS id, shared, correspondents, together
ORDER BY overlap DESC, shared DESC, id
LIMIT $limit
