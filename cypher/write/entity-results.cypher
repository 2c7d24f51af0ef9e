// $rows: [{id, lang, entities: [{key, name, type, count, contexts, roles, shortFor}],
//          references: [{email, name, count, contexts, roles}]}].
// What the entity pass read in each message replaces what an earlier pass read: MENTIONS to
// entities, REFERS_TO to the addresses of correspondents it named. `contexts` says whose words named
// it (own, signature, quoted, forwarded), `roles` the titles written before a person's name. An
// acronym the message defines gets SHORT_FOR to its long form's entity (kept across passes: MERGE).
// The message is marked so its MENTIONS to persons are derived again (link-person-mentions), and the
// entities to be renamed; its entityPending mark goes.
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
  CREATE (m)-[:MENTIONS {count: e.count, name: e.name, contexts: e.contexts, roles: e.roles}]->(x)
  WITH x, e WHERE e.shortFor IS NOT NULL
  MERGE (long:Entity {key: e.shortFor})
    ON CREATE SET long.type = e.type, long.name = e.name, long.dirty = true
  MERGE (x)-[:SHORT_FOR]->(long)
}
CALL (m, row) {
  UNWIND row.references AS r
  MATCH (a:Address {email: r.email})
  CREATE (m)-[:REFERS_TO {count: r.count, name: r.name, contexts: r.contexts, roles: r.roles}]->(a)
}
