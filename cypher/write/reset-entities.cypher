// entities --rebuild: every message is to be read again. Auto-commit.
MATCH (m:Message) WHERE m.entityPending IS NULL
CALL (m) {
  SET m.entityPending = true
} IN TRANSACTIONS OF 5000 ROWS
