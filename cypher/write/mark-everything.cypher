// `leakgraph derive --all` (and a graph derived by an older leakgraph): every message, address and
// person counts as touched, so the derive recomputes the whole graph; counts are rebuilt, not added
// to. Three statements, each auto-commit (runAutoCommitEach).
MATCH (m:Message)
CALL (m) {
  SET m.pending = true
  REMOVE m.uncounted
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Address)
CALL (a) {
  SET a.dirty = true, a.rebuild = true
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (p:Person)
CALL (p) {
  SET p.dirty = true
} IN TRANSACTIONS OF 10000 ROWS;
