// GET /api/graph with a date window, the whole months of it: person→person counts summed from the
// EMAILED_IN buckets of the months $fromMonth..$toMonth (yyyy*100+mm, inclusive; emailed_in_month
// index) that the derive keeps, instead of scanning the messages. One row of lists, ids as strings;
// the server adds the pieces of month at either end (graph-window-edges.cypher), then applies the
// minimum count. Domain filter as in graph-persons.cypher, on both ends; $ids (or null) keeps only
// edges among those persons.
MATCH (p:Person)-[e:EMAILED_IN]->(q:Person)
WHERE e.month >= $fromMonth AND e.month <= $toMonth
WITH p, q, sum(e.count) AS count, sum(e.to) AS to, sum(e.cc) AS cc, sum(e.bcc) AS bcc,
     min(e.first) AS first, max(e.last) AS last
WHERE ($ids IS NULL OR (p.id IN $ids AND q.id IN $ids))
  AND (size($domains) = 0 OR (
    EXISTS { MATCH (p)-[:USES]->(a:Address) WHERE a.domain IN $domains OR any(d IN $domains WHERE a.domain ENDS WITH '.' + d) }
    AND EXISTS { MATCH (q)-[:USES]->(b:Address) WHERE b.domain IN $domains OR any(d IN $domains WHERE b.domain ENDS WITH '.' + d) }
  ))
RETURN collect(p.id) AS sources, collect(q.id) AS targets, collect(count) AS counts,
       collect(to) AS to, collect(cc) AS cc, collect(bcc) AS bcc,
       collect([first.epochSeconds, first.offsetSeconds, last.epochSeconds, last.offsetSeconds]) AS dates
