// Threads without headers (Enron, Outlook exports): a reply ("Re:", "TR:", "Réf." …) with no parent
// yet is linked to the latest earlier message with the same subject within $windowDays days that
// involved the replier — sent to them, or by them. Requires persons (USES). Auto-commit.
MATCH (m:Message)
WHERE m.isReply = true AND m.subjectKey <> '' AND m.date IS NOT NULL AND NOT (m)-[:REPLY_TO]->()
CALL (m) {
  MATCH (m)<-[:SENT]-(:Address)<-[:USES]-(replier:Person)
  MATCH (p:Message {subjectKey: m.subjectKey})
  WHERE p <> m AND p.date < m.date AND p.date >= m.date - duration({days: $windowDays})
    AND (EXISTS { (p)-[:TO|CC|BCC]->(:Address)<-[:USES]-(replier) } OR EXISTS { (p)<-[:SENT]-(:Address)<-[:USES]-(replier) })
  WITH m, p
  ORDER BY p.date DESC, p.id ASC
  LIMIT 1
  MERGE (m)-[r:REPLY_TO]->(p)
  SET r.by = 'subject'
  WITH m
  MATCH (d:Message)-[:REPLY_TO*0..100]->(m)
  SET d.threadId = null
} IN TRANSACTIONS OF 1000 ROWS
