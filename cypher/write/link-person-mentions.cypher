// (:Message)-[:MENTIONS {count, name, contexts, roles}]->(:Person), derived from the message's REFERS_TO
// edges to the addresses of correspondents it names, so the link follows the address when persons are
// merged or split. Contexts and roles are the union of those edges' (contexts strongest first). Auto-commit.
MATCH (m:Message {mentionsDirty: true})
CALL (m) {
  CALL (m) {
    MATCH (m)-[old:MENTIONS]->(:Person)
    DELETE old
  }
  CALL (m) {
    MATCH (m)-[r:REFERS_TO]->(:Address)<-[:USES]-(p:Person)
    WITH p, sum(r.count) AS count, min(r.name) AS name,
         reduce(all = [], x IN collect(coalesce(r.contexts, [])) | all + x) AS contexts,
         reduce(all = [], x IN collect(coalesce(r.roles, [])) | all + x) AS roles
    CREATE (m)-[:MENTIONS {
      count: count, name: name,
      contexts: [c IN ['own', 'signature', 'quoted', 'forwarded'] WHERE c IN contexts],
      roles: reduce(seen = [], role IN roles | CASE WHEN role IN seen THEN seen ELSE seen + role END)
    }]->(p)
  }
  REMOVE m.mentionsDirty
} IN TRANSACTIONS OF 1000 ROWS
