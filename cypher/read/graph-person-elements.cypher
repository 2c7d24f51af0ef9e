// The persons of $ids that exist, in that order, with their element ids (valid in this transaction
// only: graph-edges.cypher reads the edges among them in the same one). Exports and neighbourhoods
// name their persons; the overview chooses them (graph-persons*.cypher).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN collect(p.id) AS ids, collect(elementId(p)) AS elements
