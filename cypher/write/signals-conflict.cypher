// Signal 'conflict': another message with different content claims the same Message-ID
// (CONFLICTS_WITH, from write/link-conflicts.cypher), for this derive's messages ($derive; the
// messages they conflict with are among them).
MATCH (m:Message {pending: $derive})-[r:CONFLICTS_WITH]-(other:Message)
WITH m, r.messageId AS messageId, count(DISTINCT other) AS others
MERGE (s:Signal {kind: 'conflict'})
MERGE (m)-[f:FLAGGED]->(s)
SET f.note = 'Message-ID <' + messageId + '> is also claimed by ' + others + ' other message(s) with different content: one of them was changed after sending, or a program reused the id. DKIM, where present, tells which one is authentic.'
