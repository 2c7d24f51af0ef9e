// Saves (or replaces) an analyst's query. $params is the parameter list as JSON text: Neo4j
// properties cannot hold maps.
MERGE (q:SavedQuery {name: $name})
  ON CREATE SET q.createdAt = datetime()
SET q.title = $title, q.description = $description, q.cypher = $cypher, q.params = $params, q.result = $result,
    q.updatedAt = datetime()
RETURN toString(q.createdAt) AS createdAt, toString(q.updatedAt) AS updatedAt
