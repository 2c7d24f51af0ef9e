// The messages one derive works on: every message marked pending (true, or the id of a derive that
// was interrupted) is stamped with this derive's id ($derive). A message an ingest writes meanwhile
// is marked true again and waits for the next derive. Auto-commit.
MATCH (m:Message) WHERE m.pending IS NOT NULL AND m.pending <> $derive
CALL (m) {
  SET m.pending = $derive
} IN TRANSACTIONS OF 10000 ROWS
