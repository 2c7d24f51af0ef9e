// GET /api/search: entities mentioned in bodies and documents, through the entity_names full-text index
// (cypher/migrations/V005). Entity.key, name, type come from entity extraction; messages and documents
// count the messages and the documents (issue 12: MENTIONS from a document's text) that name it, as
// the entity pass last counted them (write/refresh-entities.cypher); counted here for an entity it
// has not counted since its mentions changed (`dirty`: a pass still running, or one that failed
// before its refresh) or never counted. CASE, not coalesce: Neo4j then walks the mentions only then.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WITH node, score LIMIT $limit
RETURN node.key AS id, node.name AS label, node.type AS type,
       CASE WHEN node.messages IS NULL OR node.dirty IS NOT NULL THEN COUNT { (:Message)-[:MENTIONS]->(node) } ELSE node.messages END AS messages,
       CASE WHEN node.documents IS NULL OR node.dirty IS NOT NULL THEN COUNT { (:Document)-[:MENTIONS]->(node) } ELSE node.documents END AS documents,
       score
