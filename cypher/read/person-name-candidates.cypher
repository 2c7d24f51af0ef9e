// "Same person?" by name: the persons whose name or address matches $q (Lucene built from the name
// words of person $id), other than $id itself, with every name they go by. The server keeps those
// with a name that is a variant of one of $id's (server/identities/suggestions.ts).
CALL db.index.fulltext.queryNodes('person_names', $q) YIELD node, score
WITH node, score LIMIT $candidates
OPTIONAL MATCH (owner:Person)-[:USES]->(node)
WITH DISTINCT CASE WHEN node:Person THEN node ELSE owner END AS p
WHERE p IS NOT NULL AND p.id <> $id
RETURN p.id AS id, coalesce(p.names, []) + [x IN [p.name] WHERE x IS NOT NULL] AS names
