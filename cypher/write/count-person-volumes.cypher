// $ids: a page of messages not yet counted. Adds them to the sent and received counts of the persons
// involved (Person.sent, received, volume, and per month ACTIVE_IN), as rebuild-person-counts.cypher
// counts them, and sets Person.domain where what they sent may have changed it; dirty persons are
// rebuilt instead. Same transaction as uncount-messages.cypher.
UNWIND $ids AS id
MATCH (m:Message {id: id})
WHERE m.uncounted = true
CALL (m) {
  MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m)
  RETURN DISTINCT p, 1 AS sent, 0 AS received
  UNION
  MATCH (m)-[:TO|CC|BCC]->(:Address)<-[:USES]-(p:Person)
  RETURN DISTINCT p, 0 AS sent, 1 AS received
}
WITH p, m, sent, received
WHERE p.dirty IS NULL
WITH p, sent, received, CASE WHEN m.date IS NULL THEN null ELSE datetime({epochSeconds: m.date.epochSeconds}) END AS utc
WITH p, utc.year * 100 + utc.month AS month, sum(sent) AS sent, sum(received) AS received
CALL (p, month, sent, received) {
  WITH * WHERE month IS NOT NULL
  MERGE (mo:Month {month: month})
  MERGE (p)-[a:ACTIVE_IN]->(mo)
    ON CREATE SET a.sent = 0, a.received = 0
  SET a.sent = a.sent + sent, a.received = a.received + received
}
WITH p, sum(sent) AS pageSent, sum(received) AS pageReceived
WITH p, pageSent, coalesce(p.sent, 0) + pageSent AS sent, coalesce(p.received, 0) + pageReceived AS received
SET p.sent = sent, p.received = received, p.volume = sent + received
// Person.domain (rebuild-person-counts.cypher says what it is) follows the SENT counts of the
// person's addresses: only a sender's can change here (a new address makes its person dirty).
WITH p WHERE pageSent > 0 OR p.domain IS NULL
SET p.domain = coalesce(COLLECT {
  MATCH (p)-[:USES]->(a:Address) WHERE a.domain <> ''
  RETURN a.domain ORDER BY COUNT { (a)-[:SENT]->() } DESC, a.email LIMIT 1
}[0], '')
