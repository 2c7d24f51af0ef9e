// Removes the FLAGGED edges of one message-level signal kind ($kind: conflict, body-altered) from this
// derive's messages ($derive) before it is computed again for them.
MATCH (:Message {pending: $derive})-[f:FLAGGED]->(:Signal {kind: $kind})
DELETE f
