// Entities the entity pass touched: the name is the spelling used most across their mentions in
// messages and documents (ties alphabetical), `mentions` the total count, `messages` and `documents`
// how many of each name it (what search shows: counted here, in the walk the name needs anyway, an
// entity named in 100,000 mails costs search nothing). Auto-commit; delete-orphan-entities runs before it.
MATCH (e:Entity {dirty: true})
CALL (e) {
  OPTIONAL MATCH (source:Message|Document)-[r:MENTIONS]->(e)
  WITH e, r.name AS name, sum(r.count) AS uses,
       count(CASE WHEN source:Message THEN r END) AS messages,
       count(CASE WHEN source:Document THEN r END) AS documents
  ORDER BY uses DESC, name ASC
  WITH e, collect(name) AS names, sum(uses) AS total, sum(messages) AS messages, sum(documents) AS documents
  SET e.name = coalesce(names[0], e.name), e.mentions = total, e.messages = messages, e.documents = documents
  REMOVE e.dirty
} IN TRANSACTIONS OF 1000 ROWS
