// Person nodes for a graph, one list per attribute in the order of $ids (one row: thousands of
// nodes decode far faster as lists than as records): name, stored volume, the domain of the address
// the person sends from most (then alphabetically). anyStatus: whether verification has run;
// anyVerdict: whether any message is verified or contradicted (then graph-verification.cypher counts
// them per person).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN collect(p.id) AS keys,
       collect(coalesce(p.name, p.id)) AS labels,
       collect(coalesce(p.sent, 0)) AS sent,
       collect(coalesce(p.received, 0)) AS received,
       collect(coalesce(COLLECT {
         MATCH (p)-[:USES]->(a:Address) WHERE a.domain <> ''
         RETURN a.domain ORDER BY COUNT { (a)-[:SENT]->() } DESC, a.email LIMIT 1
       }[0], '')) AS domains,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
