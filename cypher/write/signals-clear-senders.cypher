// Removes the FLAGGED edges of one sender-profile kind ($kind: unusual-timezone, unusual-client,
// message-id-domain) from every message of the senders of this derive's messages ($derive): a
// sender's profile changes as mail is added, so yesterday's rare client may be usual today.
MATCH (a:Address)-[:SENT]->(:Message {pending: $derive})
WITH DISTINCT a
MATCH (a)-[:SENT]->(:Message)-[f:FLAGGED]->(:Signal {kind: $kind})
DELETE f
