// The pieces of month at either end of a date window (whole months come from graph-month-edges.cypher):
// person→person counts recomputed from the messages dated in [$from, $to) (message_date index), the
// same way the derive counts EMAILED: one count per message, the recipient's strongest role (TO over
// CC over BCC). Columns as graph-month-edges.cypher; domain and $ids filters as there.
MATCH (m:Message) WHERE m.date >= datetime($from) AND m.date < datetime($to)
// Two MATCH clauses, as in rebuild-person-counts: one pattern could not use the same USES twice, and a
// person writing to their own address would lose the self-edge only when a date filter is on.
MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(m)-[r:TO|CC|BCC]->(b:Address)
MATCH (b)<-[:USES]-(q:Person)
WITH p, q, m, min(CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END) AS role
WITH p, q, count(m) AS count,
     sum(CASE role WHEN 0 THEN 1 ELSE 0 END) AS to,
     sum(CASE role WHEN 1 THEN 1 ELSE 0 END) AS cc,
     sum(CASE role WHEN 2 THEN 1 ELSE 0 END) AS bcc,
     min(m.date) AS first, max(m.date) AS last
WHERE ($ids IS NULL OR (p.id IN $ids AND q.id IN $ids))
  AND (size($domains) = 0 OR (
    EXISTS { MATCH (p)-[:USES]->(a:Address) WHERE a.domain IN $domains OR any(d IN $domains WHERE a.domain ENDS WITH '.' + d) }
    AND EXISTS { MATCH (q)-[:USES]->(b:Address) WHERE b.domain IN $domains OR any(d IN $domains WHERE b.domain ENDS WITH '.' + d) }
  ))
RETURN collect(p.id) AS sources, collect(q.id) AS targets, collect(count) AS counts,
       collect(to) AS to, collect(cc) AS cc, collect(bcc) AS bcc,
       collect([first.epochSeconds, first.offsetSeconds, last.epochSeconds, last.offsetSeconds]) AS dates
