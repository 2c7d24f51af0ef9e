// GET /api/search: entities mentioned in bodies and documents, through the entity_names full-text index
// (cypher/migrations/V005). Entity.key, name, type come from entity extraction; messages and documents
// count the messages and the documents (issue 12: MENTIONS from a document's text) that name it.
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WITH node, score LIMIT $limit
RETURN node.key AS id, node.name AS label, node.type AS type,
       COUNT { (:Message)-[:MENTIONS]->(node) } AS messages,
       COUNT { (:Document)-[:MENTIONS]->(node) } AS documents,
       score
