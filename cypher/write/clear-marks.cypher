// The end of a derive: what it stamped ($derive) and what it derived from is up to date, so the marks
// go. A message still uncounted (written while the derive ran) stays pending for the next derive.
// Three statements, each auto-commit (runAutoCommitEach).
MATCH (m:Message {pending: $derive})
CALL (m) {
  SET m.pending = CASE WHEN m.uncounted IS NULL THEN null ELSE true END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Address) WHERE a.dirty = $derive OR a.rebuild = $derive
CALL (a) {
  SET a.dirty = CASE WHEN a.dirty = $derive THEN null ELSE a.dirty END,
      a.rebuild = CASE WHEN a.rebuild = $derive THEN null ELSE a.rebuild END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (p:Person) WHERE p.dirty IS NOT NULL OR p.renamed IS NOT NULL
CALL (p) {
  REMOVE p.dirty, p.renamed
} IN TRANSACTIONS OF 10000 ROWS;
