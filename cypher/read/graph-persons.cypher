// GET /api/graph without a date window: the persons with at least one EMAILED edge of $minCount
// messages (to a person that also passes the domain filter), most active first (stored p.sent +
// p.received). $domains: [] = any; otherwise an address at one of them or a subdomain.
// Returns how many matched, and the element ids of the first $top (valid in this transaction only:
// graph-edges.cypher reads the edges among them in the same one) with their node columns as
// graph-nodes.cypher gives them.
MATCH (p:Person)
WHERE EXISTS {
    MATCH (p)-[e:EMAILED]-(q:Person)
    WHERE e.count >= $minCount
      AND (size($domains) = 0 OR EXISTS {
        MATCH (q)-[:USES]->(b:Address) WHERE b.domain IN $domains OR any(d IN $domains WHERE b.domain ENDS WITH '.' + d)
      })
  }
  AND (size($domains) = 0 OR EXISTS {
    MATCH (p)-[:USES]->(a:Address) WHERE a.domain IN $domains OR any(d IN $domains WHERE a.domain ENDS WITH '.' + d)
  })
WITH p, coalesce(p.sent, 0) + coalesce(p.received, 0) AS volume
ORDER BY volume DESC, p.id ASC
WITH collect(p) AS persons
WITH size(persons) AS matched, persons[0..$top] AS shown
RETURN matched,
       [x IN shown | elementId(x)] AS elements,
       [x IN shown | x.id] AS keys,
       [x IN shown | coalesce(x.name, x.id)] AS labels,
       [x IN shown | coalesce(x.sent, 0)] AS sent,
       [x IN shown | coalesce(x.received, 0)] AS received,
       [x IN shown | coalesce(x.domain, '')] AS domains,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
