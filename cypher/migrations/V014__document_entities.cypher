// Documents as a source of names (issue 12): the entity pass reads a document marked entityPending,
// a mark the document pass sets on what it reads. A graph whose documents were read before the
// entity pass read documents holds read documents with no mark and no names: they are marked once
// here, so the next ingest or `leakgraph entities` reads them (a document with MENTIONS or REFERS_TO
// has been read for names already). Auto-commit, in batches, like the other marks on a large graph.
MATCH (d:Document) WHERE d.state = 'read' AND d.entityPending IS NULL AND NOT EXISTS { (d)-[:MENTIONS|REFERS_TO]->() }
CALL (d) {
  SET d.entityPending = true
} IN TRANSACTIONS OF 5000 ROWS;
