// The persons of $ids that exist, in that order, with their element ids (valid in this transaction
// only: graph-edges.cypher reads the edges among them in the same one) and their node columns as
// graph-nodes.cypher gives them. Exports and neighbourhoods name their persons; the overview
// chooses them (graph-persons*.cypher).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH collect(elementId(p)) AS elements,
     collect(p.id) AS keys,
     collect(coalesce(p.name, p.id)) AS labels,
     collect(coalesce(p.sent, 0)) AS sent,
     collect(coalesce(p.received, 0)) AS received,
     collect(coalesce(p.domain, '')) AS domains
RETURN elements, keys, labels, sent, received, domains,
       EXISTS { MATCH (m:Message) WHERE m.status IS NOT NULL } AS anyStatus,
       EXISTS { MATCH (m:Message) WHERE m.status IN ['verified', 'contradicted'] } AS anyVerdict
