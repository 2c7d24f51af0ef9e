// GET /api/search: persons and addresses through the person_names full-text index ($q is Lucene
// syntax built by server/search/lucene.ts). An address hit carries the person that uses it.
CALL db.index.fulltext.queryNodes('person_names', $q) YIELD node, score
WITH node, score LIMIT $limit
RETURN CASE WHEN node:Person THEN 'person' ELSE 'address' END AS kind,
       CASE WHEN node:Person THEN node.id ELSE node.email END AS id,
       coalesce(node.name, node.email, node.id) AS label,
       coalesce(node.names, []) AS names,
       node.email AS email,
       CASE WHEN node:Person THEN node.id ELSE COLLECT { MATCH (p:Person)-[:USES]->(node) RETURN p.id LIMIT 1 }[0] END AS personId,
       score
