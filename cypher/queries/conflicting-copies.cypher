// name:        conflicting-copies
// title:       Messages whose copies conflict
// result:      table
// description: Pairs of different messages claiming the same Message-ID: one was altered after it was
//              sent, or a program reused the id. Verification (DKIM), where present, tells which.
// param:       limit int = 100 -- how many pairs

MATCH (a:Message)-[c:CONFLICTS_WITH]->(b:Message)
RETURN c.messageId AS messageId,
       toString(a.date) AS dateA, a.subject AS subjectA, COUNT { (:Copy)-[:OF]->(a) } AS copiesA, a.status AS statusA,
       toString(b.date) AS dateB, b.subject AS subjectB, COUNT { (:Copy)-[:OF]->(b) } AS copiesB, b.status AS statusB,
       a.id AS messageA, b.id AS messageB
ORDER BY messageId, messageA, messageB
LIMIT $limit
