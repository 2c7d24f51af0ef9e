// name:        messages-mentioning-entity
// title:       Messages mentioning an entity
// result:      table
// description: Messages whose text names a person, organisation or place (entity extraction),
//              oldest first. Without a name, the most mentioned entity. Empty until entities are extracted.
// param:       entity string -- a name or part of one, any case (default: the most mentioned entity)
// param:       type string -- PER, ORG or LOC (default: any)
// param:       limit int = 200 -- how many messages at most

OPTIONAL CALL () {
  MATCH (top:Entity) WHERE $entity IS NULL AND ($type IS NULL OR top.type = $type)
  RETURN top ORDER BY COUNT { (:Message)-[:MENTIONS]->(top) } DESC, top.key LIMIT 1
}
MATCH (e:Entity)
WHERE (e = top OR ($entity IS NOT NULL AND toLower(e.name) CONTAINS toLower($entity)))
  AND ($type IS NULL OR e.type = $type)
MATCH (m:Message)-[x:MENTIONS]->(e)
OPTIONAL MATCH (a:Address)-[:SENT]->(m)
RETURN e.name AS entity, e.type AS type, toString(m.date) AS date, coalesce(a.name, a.email) AS from,
       m.subject AS subject, coalesce(x.count, 1) AS mentions, m.id AS messageId
ORDER BY m.date, m.id
LIMIT $limit
