// How many persons have an EMAILED edge: graph-persons-any.cypher's `matched`, a separate query so
// it runs alongside the graph's other reads (a scan of every person, ~30 ms at ×4 Enron).
RETURN COUNT { MATCH (p:Person) WHERE EXISTS { (p)-[:EMAILED]-() } } AS matched
