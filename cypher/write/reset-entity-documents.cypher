// entities --rebuild: every read document is to be read for names again (issue 12). Auto-commit.
MATCH (d:Document) WHERE d.state = 'read' AND d.entityPending IS NULL
CALL (d) {
  SET d.entityPending = true
} IN TRANSACTIONS OF 5000 ROWS
