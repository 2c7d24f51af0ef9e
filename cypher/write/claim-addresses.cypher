// The addresses one derive works on, stamped like the messages (claim-messages.cypher): dirty (names
// and identity to recompute) and rebuild (counts to rebuild from the messages). Auto-commit.
MATCH (a:Address) WHERE (a.dirty IS NOT NULL AND a.dirty <> $derive) OR (a.rebuild IS NOT NULL AND a.rebuild <> $derive)
CALL (a) {
  SET a.dirty = CASE WHEN a.dirty IS NULL THEN null ELSE $derive END,
      a.rebuild = CASE WHEN a.rebuild IS NULL THEN null ELSE $derive END
} IN TRANSACTIONS OF 10000 ROWS
