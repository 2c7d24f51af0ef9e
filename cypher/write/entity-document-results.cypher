// $rows: [{id: sha256, entities: [{key, name, type, count, contexts, roles, shortFor}],
//          references: [{email, name, count, contexts, roles}]}] (issue 12).
// What the entity pass read in a document's text replaces what an earlier pass read, as for a
// message (entity-results.cypher): MENTIONS to entities, REFERS_TO to the addresses of the
// correspondents it names, contexts ['document']. The Document is marked so its MENTIONS to persons
// are derived again (link-person-mentions); its entityPending mark goes. Document.language stays the
// document pass's.
UNWIND $rows AS row
MATCH (d:Document {sha256: row.id})
CALL (d) {
  MATCH (d)-[old:MENTIONS|REFERS_TO]->(x)
  FOREACH (_ IN CASE WHEN x:Entity THEN [1] ELSE [] END | SET x.dirty = true)
  DELETE old
}
SET d.mentionsDirty = true
REMOVE d.entityPending
WITH d, row
CALL (d, row) {
  UNWIND row.entities AS e
  MERGE (x:Entity {key: e.key})
    ON CREATE SET x.type = e.type, x.name = e.name
  SET x.dirty = true
  CREATE (d)-[:MENTIONS {count: e.count, name: e.name, contexts: e.contexts, roles: e.roles}]->(x)
  WITH x, e WHERE e.shortFor IS NOT NULL
  MERGE (long:Entity {key: e.shortFor})
    ON CREATE SET long.type = e.type, long.name = e.name, long.dirty = true
  MERGE (x)-[:SHORT_FOR]->(long)
}
CALL (d, row) {
  UNWIND row.references AS r
  MATCH (a:Address {email: r.email})
  CREATE (d)-[:REFERS_TO {count: r.count, name: r.name, contexts: r.contexts, roles: r.roles}]->(a)
}
