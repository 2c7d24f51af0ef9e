// How many read documents the entity pass has to read (Document.entityPending, issue 12).
// `d.sha256 IS NOT NULL` lets the planner use the composite document_state index (state, sha256),
// which it takes only with a predicate on both (see entity-count.cypher).
MATCH (d:Document) WHERE d.state = 'read' AND d.entityPending = true AND d.sha256 IS NOT NULL
RETURN count(d) AS documents
