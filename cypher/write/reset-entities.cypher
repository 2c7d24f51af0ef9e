// entities --rebuild: every message is to be read again. Entities it read before are marked for
// renaming (and removed when nothing mentions them any more).
MATCH (m:Message) WHERE m.lang IS NOT NULL
CALL (m) {
  REMOVE m.lang
} IN TRANSACTIONS OF 5000 ROWS
