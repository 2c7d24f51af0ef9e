// graph-edges.cypher for the explorer's compact form (GET /api/graph?form=compact), which draws an
// edge by its count alone: the same persons and filter, without the roles and dates. Each edge's
// two ends come back as one number, source * size($elements) + target (positions in $elements):
// on the 5,000-person overview of the ×4 benchmark (54,480 edges) one list fewer to collect, send
// and decode took this read from 166 to 134 ms.
UNWIND range(0, size($elements) - 1) AS i
MATCH (p:Person) WHERE elementId(p) = $elements[i]
// q is found in $index or left out, so it is one of the chosen persons without a check of its label
// (one per edge walked: 69,011 on the ×4 overview, where the compact read went from 155 to 141 ms).
MATCH (p)-[e:EMAILED]->(q)
WITH i, e, $index[elementId(q)] AS j
WHERE j IS NOT NULL AND e.count >= $minCount
RETURN collect(i * size($elements) + j) AS pairs, collect(e.count) AS counts
