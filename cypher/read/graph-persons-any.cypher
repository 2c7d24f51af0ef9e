// GET /api/graph without a date window, minimum count or domain filter (the common case): the $top
// persons with an EMAILED edge, most active first, read in the order of the person_volume index
// (Person.volume = sent + received, kept by the derive) instead of sorting every person. The first
// pass finds the smallest volume that makes the cut; the second reads the persons at or above it,
// so ties at the cut are broken by id exactly as graph-persons.cypher breaks them.
// Returns their element ids (valid in this transaction only: graph-edges.cypher reads the edges
// among them in the same one) and their node columns as graph-nodes.cypher gives them, read in the
// same pass: a second read of 5,000 persons by id cost more than the choice itself. How many persons
// matched is graph-persons-matched.cypher, read in parallel.
CALL () {
  MATCH (p:Person) WHERE p.volume > 0 AND EXISTS { (p)-[:EMAILED]-() }
  WITH p ORDER BY p.volume DESC LIMIT $top
  RETURN min(p.volume) AS least
}
CALL (least) {
  MATCH (p:Person) WHERE p.volume >= least AND EXISTS { (p)-[:EMAILED]-() }
  WITH p ORDER BY p.volume DESC, p.id ASC LIMIT $top
  RETURN collect(elementId(p)) AS elements,
         collect(p.id) AS keys,
         collect(coalesce(p.name, p.id)) AS labels,
         collect(coalesce(p.sent, 0)) AS sent,
         collect(coalesce(p.received, 0)) AS received,
         collect(coalesce(p.domain, '')) AS domains
}
RETURN elements, keys, labels, sent, received, domains,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
