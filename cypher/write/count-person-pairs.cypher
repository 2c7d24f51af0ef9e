// $ids: a page of messages not yet counted. Adds what they bring to EMAILED and EMAILED_IN between
// persons whose counts are not rebuilt in this derive (Person.dirty), counted the way
// rebuild-person-counts.cypher counts them. Same transaction as uncount-messages.cypher.
UNWIND $ids AS id
MATCH (m:Message {id: id})
WHERE m.uncounted = true
MATCH (s:Person)-[:USES]->(:Address)-[:SENT]->(m)
WHERE s.dirty IS NULL
MATCH (m)-[r:TO|CC|BCC]->(:Address)<-[:USES]-(q:Person)
WHERE q.dirty IS NULL
WITH s, q, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
WITH s, q, m, role, CASE WHEN m.date IS NULL THEN null ELSE datetime({epochSeconds: m.date.epochSeconds}) END AS utc
WITH s, q, utc.year * 100 + utc.month AS month, count(m) AS count,
     sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
     sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
     sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
     min(m.date) AS first, max(m.date) AS last
CALL (s, q, month, count, to, cc, bcc, first, last) {
  WITH * WHERE month IS NOT NULL
  MERGE (s)-[e:EMAILED_IN {month: month}]->(q)
    ON CREATE SET e.count = 0, e.to = 0, e.cc = 0, e.bcc = 0
  SET e.count = e.count + count, e.to = e.to + to, e.cc = e.cc + cc, e.bcc = e.bcc + bcc,
      e.first = CASE WHEN e.first IS NULL OR first < e.first THEN coalesce(first, e.first) ELSE e.first END,
      e.last = CASE WHEN e.last IS NULL OR last > e.last THEN coalesce(last, e.last) ELSE e.last END
}
WITH s, q, sum(count) AS count, sum(to) AS to, sum(cc) AS cc, sum(bcc) AS bcc, min(first) AS first, max(last) AS last
MERGE (s)-[e:EMAILED]->(q)
  ON CREATE SET e.count = 0, e.to = 0, e.cc = 0, e.bcc = 0
SET e.count = e.count + count, e.to = e.to + to, e.cc = e.cc + cc, e.bcc = e.bcc + bcc,
    e.first = CASE WHEN e.first IS NULL OR first < e.first THEN coalesce(first, e.first) ELSE e.first END,
    e.last = CASE WHEN e.last IS NULL OR last > e.last THEN coalesce(last, e.last) ELSE e.last END
