// So many persons changed that every message is read again by the entity pass (cheaper than
// searching for each name). Auto-commit.
MATCH (m:Message) WHERE m.entityPending IS NULL
CALL (m) {
  SET m.entityPending = true
} IN TRANSACTIONS OF 10000 ROWS
