// Removes every FLAGGED edge of one corpus-level signal kind ($kind) before it is computed again:
// a sender's profile changes as mail is added, so yesterday's rare client may be usual today.
MATCH (:Signal {kind: $kind})<-[f:FLAGGED]-(:Message)
CALL (f) {
  DELETE f
} IN TRANSACTIONS OF 10000 ROWS
