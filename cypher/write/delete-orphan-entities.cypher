// Entities the entity pass touched (Entity.dirty) that no message mentions any more (a message read
// again found other names). Auto-commit; refresh-entities.cypher runs after it.
MATCH (e:Entity {dirty: true}) WHERE NOT EXISTS { ()-[:MENTIONS]->(e) }
CALL (e) {
  DETACH DELETE e
} IN TRANSACTIONS OF 5000 ROWS
