// name:        strongest-relationships
// title:       Strongest relationships
// result:      table
// description: The pairs of people who exchanged the most messages, both directions counted, with
//              how the traffic splits and when it ran.
// param:       limit int = 50 -- how many pairs

MATCH (a:Person)-[e:EMAILED]->(b:Person)
WHERE a <> b
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS x, CASE WHEN a.id < b.id THEN b ELSE a END AS y, e, a
WITH x, y, sum(e.count) AS messages, sum(CASE WHEN a = x THEN e.count ELSE 0 END) AS xToY,
     min(e.first) AS first, max(e.last) AS last
RETURN x.name AS personA, y.name AS personB, messages, xToY AS aToB, messages - xToY AS bToA,
       toString(first) AS first, toString(last) AS last, x.id AS idA, y.id AS idB
ORDER BY messages DESC, idA, idB
LIMIT $limit
