// Person nodes for a date window's graph (without one, the query that chooses the persons reads the
// same columns: graph-persons*.cypher), one list per attribute in the order of $ids (one row: thousands of
// nodes decode far faster as lists than as records): name, stored volume and domain (the address the
// person sends from most, kept by the derive's counts). anyStatus: whether verification has run;
// anyVerdict: whether any message is verified or contradicted (then graph-verification.cypher counts
// them per person).
// The two EXISTS come after the lists: beside them in one RETURN they would be grouping keys,
// evaluated once per person (5,000 times for an overview, a third of this read's time). No person
// found gives no row, as grouping did (the WITH alone would give one of empty lists).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH collect(p.id) AS keys,
     collect(coalesce(p.name, p.id)) AS labels,
     collect(coalesce(p.sent, 0)) AS sent,
     collect(coalesce(p.received, 0)) AS received,
     collect(coalesce(p.domain, '')) AS domains
WHERE size(keys) > 0
RETURN keys, labels, sent, received, domains,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
