// (:Message|Document)-[:MENTIONS {count, name, contexts, roles}]->(:Person), derived from the message's
// (or document's, issue 12) REFERS_TO edges to the addresses of correspondents it names, so the link
// follows the address when persons are merged or split. Contexts and roles are the union of those
// edges' (contexts strongest first). Auto-commit. Two matches, not one on Message|Document, so the
// messages come from the message_mentions_dirty index.
CALL () {
  MATCH (m:Message {mentionsDirty: true}) RETURN m
  UNION
  MATCH (m:Document {mentionsDirty: true}) RETURN m
}
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
      contexts: [c IN ['own', 'signature', 'quoted', 'forwarded', 'document'] WHERE c IN contexts],
      roles: reduce(seen = [], role IN roles | CASE WHEN role IN seen THEN seen ELSE seen + role END)
    }]->(p)
  }
  REMOVE m.mentionsDirty
} IN TRANSACTIONS OF 1000 ROWS
