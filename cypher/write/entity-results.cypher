// $rows: [{id, lang, entities: [{key, name, type, count}], references: [{email, name, count}]}].
// What the entity pass read in each message replaces what an earlier pass read: MENTIONS to
// entities, REFERS_TO to the addresses of correspondents it named. The message is marked so its
// MENTIONS to persons are derived again (link-person-mentions), and the entities to be renamed;
// its entityPending mark goes.
UNWIND $rows AS row
MATCH (m:Message {id: row.id})
CALL (m) {
  MATCH (m)-[old:MENTIONS|REFERS_TO]->(x)
  // An entity losing a mention is recounted (and removed when nothing mentions it any more).
  FOREACH (_ IN CASE WHEN x:Entity THEN [1] ELSE [] END | SET x.dirty = true)
  DELETE old
}
SET m.lang = row.lang, m.mentionsDirty = true
REMOVE m.entityPending
WITH m, row
CALL (m, row) {
  UNWIND row.entities AS e
  MERGE (x:Entity {key: e.key})
    ON CREATE SET x.type = e.type, x.name = e.name
  SET x.dirty = true
  CREATE (m)-[:MENTIONS {count: e.count, name: e.name}]->(x)
}
CALL (m, row) {
  UNWIND row.references AS r
  MATCH (a:Address {email: r.email})
  CREATE (m)-[:REFERS_TO {count: r.count, name: r.name}]->(a)
}
