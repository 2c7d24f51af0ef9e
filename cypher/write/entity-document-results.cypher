// $entities: every entity the batch mentions or names as a long form, once: [{key, name, type, mentioned}]
// (merged once per batch, as in entity-results.cypher).
// $rows: [{id: sha256, entities: [{key, name, type, count, contexts, roles, shortFor}],
//          references: [{email, name, count, contexts, roles}]}] (issue 12).
// What the entity pass read in a document's text replaces what an earlier pass read, as for a
// message (entity-results.cypher): MENTIONS to entities, REFERS_TO to the addresses of the
// correspondents it names, contexts ['document']. The Document is marked to have its MENTIONS to
// persons derived again (link-person-mentions) only when it names a correspondent now, as a message is;
// its entityPending mark goes. Document.language stays the document pass's.
CALL () {
  UNWIND $entities AS e
  MERGE (x:Entity {key: e.key})
    ON CREATE SET x.type = e.type, x.name = e.name, x.dirty = true
  WITH x, e WHERE e.mentioned AND x.dirty IS NULL
  SET x.dirty = true
}
UNWIND $rows AS row
MATCH (d:Document {sha256: row.id})
CALL (d) {
  MATCH (d)-[old:MENTIONS|REFERS_TO]->(x)
  FOREACH (_ IN CASE WHEN x:Entity AND x.dirty IS NULL THEN [1] ELSE [] END | SET x.dirty = true)
  DELETE old
}
SET d.mentionsDirty = CASE WHEN size(row.references) > 0 THEN true END
REMOVE d.entityPending
WITH d, row
CALL (d, row) {
  UNWIND row.entities AS e
  MATCH (x:Entity {key: e.key})
  CREATE (d)-[:MENTIONS {count: toInteger(e.count), name: e.name, contexts: e.contexts, roles: e.roles}]->(x)
  WITH x, e WHERE e.shortFor IS NOT NULL
  MATCH (long:Entity {key: e.shortFor})
  MERGE (x)-[:SHORT_FOR]->(long)
}
CALL (d, row) {
  UNWIND row.references AS r
  MATCH (a:Address {email: r.email})
  CREATE (d)-[:REFERS_TO {count: toInteger(r.count), name: r.name, contexts: r.contexts, roles: r.roles}]->(a)
}
