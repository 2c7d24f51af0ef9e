// How many read documents the entity pass has to read (Document.entityPending, issue 12).
MATCH (d:Document) WHERE d.state = 'read' AND d.entityPending = true
RETURN count(d) AS documents
