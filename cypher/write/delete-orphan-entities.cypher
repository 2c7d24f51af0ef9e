// Entities no message mentions any more (after entities --rebuild found other names). Auto-commit.
MATCH (e:Entity) WHERE NOT EXISTS { ()-[:MENTIONS]->(e) }
CALL (e) {
  DETACH DELETE e
} IN TRANSACTIONS OF 5000 ROWS
