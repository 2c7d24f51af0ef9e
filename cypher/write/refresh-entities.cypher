// Entities the entity pass touched: the name is the spelling used most across their mentions in
// messages and documents (ties alphabetical), `mentions` the total count. Auto-commit; delete-orphan-entities runs after it.
MATCH (e:Entity {dirty: true})
CALL (e) {
  OPTIONAL MATCH (:Message|Document)-[r:MENTIONS]->(e)
  WITH e, r.name AS name, sum(r.count) AS uses
  ORDER BY uses DESC, name ASC
  WITH e, collect(name) AS names, sum(uses) AS total
  SET e.name = coalesce(names[0], e.name), e.mentions = total
  REMOVE e.dirty
} IN TRANSACTIONS OF 1000 ROWS
