// Entity.messages and Entity.documents (issue 13): how many messages and documents name an entity,
// kept by the entity pass (write/refresh-entities.cypher) so search no longer walks every mention of
// a much-named entity ("Enron": ~100,000 on the x4 benchmark, 20 ms per search). Entities refreshed
// before get them here, once.
MATCH (e:Entity) WHERE e.messages IS NULL
CALL (e) {
  SET e.messages = COUNT { (:Message)-[:MENTIONS]->(e) },
      e.documents = COUNT { (:Document)-[:MENTIONS]->(e) }
} IN TRANSACTIONS OF 5000 ROWS;
