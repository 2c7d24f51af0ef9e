// GET /api/graph without a date window, minimum count or domain filter (the common case):
// graph-persons.cypher, with the edge test reduced to "has an EMAILED edge" (a degree lookup).
MATCH (p:Person)
WHERE EXISTS { (p)-[:EMAILED]-() }
WITH p ORDER BY coalesce(p.sent, 0) + coalesce(p.received, 0) DESC, p.id ASC
WITH collect(p.id) AS ids
RETURN size(ids) AS matched, ids[0..$top] AS ids
