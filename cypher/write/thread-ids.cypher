// Every message without a threadId gets the id of the root of its REPLY_TO chain (itself when it
// has no parent); the longest chain wins, then the smallest root id. Auto-commit.
MATCH (m:Message) WHERE m.threadId IS NULL
CALL (m) {
  OPTIONAL MATCH path = (m)-[:REPLY_TO*1..100]->(root:Message)
  WHERE NOT (root)-[:REPLY_TO]->()
  WITH m, root, path
  ORDER BY length(path) DESC, root.id ASC
  LIMIT 1
  SET m.threadId = coalesce(root.id, m.id)
} IN TRANSACTIONS OF 2000 ROWS
