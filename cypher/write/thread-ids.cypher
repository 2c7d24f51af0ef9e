// This derive's messages ($derive) and those whose chain changed (rethread) get the id of the root of
// their REPLY_TO chain (themselves when they have no parent); the longest chain wins, then the
// smallest root id. Auto-commit.
CALL () {
  MATCH (m:Message {pending: $derive})
  RETURN m
  UNION
  MATCH (m:Message {rethread: true})
  RETURN m
}
CALL (m) {
  OPTIONAL MATCH path = (m)-[:REPLY_TO*1..100]->(root:Message)
  WHERE NOT (root)-[:REPLY_TO]->()
  WITH m, root, path
  ORDER BY length(path) DESC, root.id ASC
  LIMIT 1
  SET m.threadId = coalesce(root.id, m.id)
  REMOVE m.rethread
} IN TRANSACTIONS OF 2000 ROWS
