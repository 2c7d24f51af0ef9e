// GET /api/search: entities mentioned in bodies, through the entity_names full-text index
// (cypher/migrations/V005). Entity.key, name, type come from entity extraction.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WITH node, score LIMIT $limit
RETURN node.key AS id, node.name AS label, node.type AS type,
       COUNT { (:Message)-[:MENTIONS]->(node) } AS mentions,
       score
