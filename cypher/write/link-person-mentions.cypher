// (:Message)-[:MENTIONS {count}]->(:Person), derived from the message's REFERS_TO edges to the
// addresses of correspondents it names, so the link follows the address when persons are merged
// or split. Auto-commit.
MATCH (m:Message {mentionsDirty: true})
CALL (m) {
  CALL (m) {
    MATCH (m)-[old:MENTIONS]->(:Person)
    DELETE old
  }
  CALL (m) {
    MATCH (m)-[r:REFERS_TO]->(:Address)<-[:USES]-(p:Person)
    WITH p, sum(r.count) AS count, min(r.name) AS name
    CREATE (m)-[:MENTIONS {count: count, name: name}]->(p)
  }
  REMOVE m.mentionsDirty
} IN TRANSACTIONS OF 1000 ROWS
