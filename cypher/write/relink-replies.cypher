// Every message marked relink gets the parent the whole graph gives it now, replacing the one it had
// if that differs, so the threads are the same whatever order the messages came in:
//   1. headers: the message its In-Reply-To names, else the last message of its References in the graph;
//   2. otherwise, for a reply ("Re:", "TR:", "Réf." …), the latest earlier message with the same
//      subject within $windowDays days that involved the replier — sent to them, or by them (Enron,
//      Outlook exports: no headers). Requires persons (USES).
// A message whose parent changed, and every reply below it, gets its threadId again (rethread).
// Auto-commit.
MATCH (m:Message {relink: true})
CALL (m) {
  OPTIONAL CALL (m) {
    WITH m, [id IN [m.inReplyTo] + reverse([r IN coalesce(m.references, []) | r]) WHERE id IS NOT NULL] AS candidates
    UNWIND range(0, size(candidates) - 1) AS i
    MATCH (:Copy {messageId: candidates[i]})-[:OF]->(p:Message)
    WHERE p <> m
    RETURN p AS byHeader, CASE WHEN i = 0 AND m.inReplyTo IS NOT NULL THEN 'in-reply-to' ELSE 'references' END AS headerBy
    ORDER BY i ASC, p.id ASC
    LIMIT 1
  }
  OPTIONAL CALL (m, byHeader) {
    WITH m WHERE byHeader IS NULL AND m.isReply = true AND m.subjectKey <> '' AND m.date IS NOT NULL
    MATCH (m)<-[:SENT]-(:Address)<-[:USES]-(replier:Person)
    MATCH (p:Message {subjectKey: m.subjectKey})
    WHERE p <> m AND p.date < m.date AND p.date >= m.date - duration({days: $windowDays})
      AND (EXISTS { (p)-[:TO|CC|BCC]->(:Address)<-[:USES]-(replier) } OR EXISTS { (p)<-[:SENT]-(:Address)<-[:USES]-(replier) })
    RETURN p AS bySubject
    ORDER BY p.date DESC, p.id ASC
    LIMIT 1
  }
  WITH m, coalesce(byHeader, bySubject) AS parent, CASE WHEN byHeader IS NOT NULL THEN headerBy ELSE 'subject' END AS by
  OPTIONAL MATCH (m)-[old:REPLY_TO]->(current:Message)
  WITH m, parent, by, collect(old) AS olds, collect(current) AS currents
  WITH m, parent, by, olds,
       (size(olds) = 0 AND parent IS NULL) OR (size(olds) = 1 AND currents[0] = parent AND olds[0].by = by) AS same
  CALL (m, parent, by, olds, same) {
    WITH * WHERE NOT same
    FOREACH (o IN olds | DELETE o)
    WITH m, parent, by
    CALL (m, parent, by) {
      WITH * WHERE parent IS NOT NULL
      CREATE (m)-[:REPLY_TO {by: by}]->(parent)
    }
    MATCH (d:Message)-[:REPLY_TO*0..100]->(m)
    SET d.rethread = true
  }
  REMOVE m.relink
} IN TRANSACTIONS OF 1000 ROWS
