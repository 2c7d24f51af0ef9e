// Entities the persons $ids mention in the messages they sent (within the window when $from/$to
// are set), per person and entity; $types narrows to PER/ORG/LOC ([] = all). Nothing until entity
// extraction has run.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:USES]->(:Address)-[:SENT]->(m:Message)-[:MENTIONS]->(e:Entity)
WHERE ($from IS NULL OR m.date >= datetime($from)) AND ($to IS NULL OR m.date < datetime($to))
  AND (size($types) = 0 OR e.type IN $types)
WITH p, e, count(DISTINCT m) AS count, min(m.date) AS first, max(m.date) AS last
RETURN p.id AS source, e.key AS target, coalesce(e.name, e.key) AS name, e.type AS type,
       count, toString(first) AS first, toString(last) AS last
