// GET /api/search: persons and addresses through the person_names full-text index ($q is Lucene
// syntax built by server/search/lucene.ts). An address hit carries the person that uses it. Each row
// also carries that person's names and volume, all the ranking (server/search/person-hits.ts) needs:
// the most used address, dearer to find, is read afterwards only for the persons shown
// (person-briefs.cypher), not for all $limit candidates ("Mar" finds 468 persons on the ×4 benchmark).
CALL db.index.fulltext.queryNodes('person_names', $q) YIELD node, score
WITH node, score LIMIT $limit
WITH node, score,
     CASE WHEN node:Person THEN node ELSE COLLECT { MATCH (p:Person)-[:USES]->(node) RETURN p LIMIT 1 }[0] END AS person
RETURN CASE WHEN node:Person THEN 'person' ELSE 'address' END AS kind,
       CASE WHEN node:Person THEN node.id ELSE node.email END AS id,
       coalesce(node.name, node.email, node.id) AS label,
       coalesce(node.names, []) AS names,
       node.email AS email,
       person.id AS personId,
       coalesce(person.name, person.id) AS personName,
       coalesce(person.names, []) AS personNames,
       coalesce(person.sent, 0) + coalesce(person.received, 0) AS personMessages,
       score
