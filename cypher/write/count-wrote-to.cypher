// $ids: a page of messages not yet counted (Message.uncounted). Adds what they bring to the
// address-level edges: WROTE_TO a → b {count, to, cc, bcc, first, last}, as rebuild-wrote-to.cypher
// would count them. Senders whose edges are rebuilt instead (Address.rebuild) are left out. Runs in
// the transaction that removes the marks (uncount-messages.cypher), so nothing is counted twice.
UNWIND $ids AS id
MATCH (a:Address)-[:SENT]->(m:Message {id: id})-[r:TO|CC|BCC]->(b:Address)
WHERE m.uncounted = true AND a.rebuild IS NULL
WITH a, b,
     count(DISTINCT m) AS count,
     sum(CASE type(r) WHEN 'TO' THEN 1 ELSE 0 END) AS to,
     sum(CASE type(r) WHEN 'CC' THEN 1 ELSE 0 END) AS cc,
     sum(CASE type(r) WHEN 'BCC' THEN 1 ELSE 0 END) AS bcc,
     min(m.date) AS first, max(m.date) AS last
MERGE (a)-[e:WROTE_TO]->(b)
  ON CREATE SET e.count = 0, e.to = 0, e.cc = 0, e.bcc = 0
SET e.count = e.count + count, e.to = e.to + to, e.cc = e.cc + cc, e.bcc = e.bcc + bcc,
    e.first = CASE WHEN e.first IS NULL OR first < e.first THEN coalesce(first, e.first) ELSE e.first END,
    e.last = CASE WHEN e.last IS NULL OR last > e.last THEN coalesce(last, e.last) ELSE e.last END
