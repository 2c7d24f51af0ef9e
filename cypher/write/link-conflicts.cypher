// Two different messages claiming one Message-ID: kept apart, linked and flagged. Either a client
// reused an id, or one copy was altered after sending; later stages (verification) weigh which.
MATCH (c:Copy) WHERE c.messageId IS NOT NULL
WITH c.messageId AS mid, collect(c) AS copies
WHERE size(copies) > 1
UNWIND copies AS c
MATCH (c)-[:OF]->(m:Message)
WITH mid, collect(DISTINCT m) AS messages
WHERE size(messages) > 1
UNWIND messages AS a
UNWIND messages AS b
WITH mid, a, b WHERE a.id < b.id
MERGE (a)-[:CONFLICTS_WITH {messageId: mid}]->(b)
SET a.conflict = true, b.conflict = true
