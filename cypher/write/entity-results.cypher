// $entities: every entity a batch of messages mentions or names as an acronym's long form, once, in
// the order the messages name them: [{key, name, type, mentioned}].
// $rows: [{id, lang, entities: [{key, name, count, contexts, roles, shortFor}],
//          references: [{email, name, count, contexts, roles}]}].
// What the entity pass read in each message replaces what an earlier pass read: MENTIONS to
// entities, REFERS_TO to the addresses of correspondents it named. `contexts` says whose words named
// it (own, signature, quoted, forwarded), `roles` the titles written before a person's name. An
// acronym the message defines gets SHORT_FOR to its long form's entity (kept across passes: MERGE).
// The message's MENTIONS to persons go with the rest; it is marked to have them derived again
// (link-person-mentions) only when it names a correspondent now (a third of the ×4 benchmark graph's
// messages: link-person-mentions after a pass over 20,000 of them took 650 ms instead of 830). Its
// entities are marked to be renamed; its entityPending mark goes.
// Each entity is merged (and marked) once per batch, not once per mention: the mentions then find it
// by its unique key without taking MERGE's lock again (a batch names ~9,000 entities, most of them
// many times over).
CALL () {
  UNWIND $entities AS e
  MERGE (x:Entity {key: e.key})
    ON CREATE SET x.type = e.type, x.name = e.name, x.dirty = true
  WITH x, e WHERE e.mentioned AND x.dirty IS NULL
  SET x.dirty = true
}
UNWIND $rows AS row
MATCH (m:Message {id: row.id})
CALL (m) {
  MATCH (m)-[old:MENTIONS|REFERS_TO]->(x)
  // An entity losing a mention is recounted (and removed when nothing mentions it any more).
  FOREACH (_ IN CASE WHEN x:Entity AND x.dirty IS NULL THEN [1] ELSE [] END | SET x.dirty = true)
  DELETE old
}
SET m.lang = row.lang, m.mentionsDirty = CASE WHEN size(row.references) > 0 THEN true END
REMOVE m.entityPending
WITH m, row
CALL (m, row) {
  UNWIND row.entities AS e
  MATCH (x:Entity {key: e.key})
  CREATE (m)-[:MENTIONS {count: toInteger(e.count), name: e.name, contexts: e.contexts, roles: e.roles}]->(x)
  WITH x, e WHERE e.shortFor IS NOT NULL
  MATCH (long:Entity {key: e.shortFor})
  MERGE (x)-[:SHORT_FOR]->(long)
}
CALL (m, row) {
  UNWIND row.references AS r
  MATCH (a:Address {email: r.email})
  CREATE (m)-[:REFERS_TO {count: toInteger(r.count), name: r.name, contexts: r.contexts, roles: r.roles}]->(a)
}
