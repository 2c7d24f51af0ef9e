// GET /api/persons/:id/neighbors in one round trip: the persons one EMAILED hop away (either
// direction) over an edge of at least $minCount messages, strongest first, the first $limit of them
// with the person itself as nodes (the projection of graph-nodes.cypher), and the EMAILED edges
// between the person and them, as lists. matched: how many neighbours qualified.
MATCH (p:Person {id: $id})
CALL (p) {
  OPTIONAL MATCH (p)-[e:EMAILED]-(q:Person)
  WHERE q <> p AND e.count >= $minCount
  WITH q, sum(e.count) AS total
  ORDER BY total DESC, q.id ASC
  RETURN [x IN collect(q) WHERE x IS NOT NULL] AS ranked
}
WITH p, size(ranked) AS matched, [p] + ranked[0..$limit] AS people
CALL (people) {
  UNWIND people AS x
  RETURN collect(x.id) AS keys,
         collect(coalesce(x.name, x.id)) AS labels,
         collect(coalesce(x.sent, 0)) AS sent,
         collect(coalesce(x.received, 0)) AS received,
         collect(coalesce(x.domain, '')) AS domains
}
CALL (p, people) {
  OPTIONAL MATCH (p)-[e:EMAILED]-(q:Person)
  WHERE q IN people AND e.count >= $minCount
  WITH DISTINCT e WHERE e IS NOT NULL
  RETURN collect(startNode(e).id) AS sourceIds, collect(endNode(e).id) AS targetIds, collect(e.count) AS counts,
         collect(coalesce(e.to, 0)) AS to, collect(coalesce(e.cc, 0)) AS cc, collect(coalesce(e.bcc, 0)) AS bcc,
         collect([e.first.epochSeconds, e.first.offsetSeconds, e.last.epochSeconds, e.last.offsetSeconds]) AS dates
}
RETURN matched, keys, labels, sent, received, domains,
       sourceIds, targetIds, counts, to, cc, bcc, dates,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
