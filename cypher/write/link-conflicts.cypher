// Two different messages claiming one Message-ID: kept apart, linked and flagged. Either a client
// reused an id, or one copy was altered after sending; later stages (verification) weigh which.
// Only the Message-IDs of this derive's messages ($derive) can bring a new conflict; the messages
// they conflict with become part of the derive (their signals and status change).
MATCH (:Message {pending: $derive})<-[:OF]-(c:Copy)
WHERE c.messageId IS NOT NULL
WITH DISTINCT c.messageId AS mid
MATCH (:Copy {messageId: mid})-[:OF]->(m:Message)
WITH mid, collect(DISTINCT m) AS messages
WHERE size(messages) > 1
UNWIND messages AS a
UNWIND messages AS b
WITH mid, a, b WHERE a.id < b.id
MERGE (a)-[:CONFLICTS_WITH {messageId: mid}]->(b)
SET a.conflict = true, b.conflict = true, a.pending = $derive, b.pending = $derive
