// graph-edges.cypher for the explorer's compact form (GET /api/graph?form=compact), which draws an
// edge by its count alone: the same persons and filter, without the roles and dates — a third of
// the values for Neo4j to collect and the driver to decode on a 50,000-edge overview.
UNWIND range(0, size($elements) - 1) AS i
MATCH (p:Person) WHERE elementId(p) = $elements[i]
MATCH (p)-[e:EMAILED]->(q:Person)
WITH i, e, $index[elementId(q)] AS j
WHERE j IS NOT NULL AND e.count >= $minCount
RETURN collect(i) AS sources, collect(j) AS targets, collect(e.count) AS counts
