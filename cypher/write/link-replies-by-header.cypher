// Threads from headers: a message without a parent yet is linked to the message its In-Reply-To
// names, else to the last message of its References that is in the graph. Descendants of a newly
// linked message lose their threadId so thread-ids recomputes it. Auto-commit.
MATCH (m:Message)
WHERE (m.inReplyTo IS NOT NULL OR size(coalesce(m.references, [])) > 0) AND NOT (m)-[:REPLY_TO]->()
CALL (m) {
  WITH m, [id IN [m.inReplyTo] + reverse([r IN coalesce(m.references, []) | r]) WHERE id IS NOT NULL] AS candidates
  UNWIND range(0, size(candidates) - 1) AS i
  MATCH (:Copy {messageId: candidates[i]})-[:OF]->(p:Message)
  WHERE p <> m
  WITH m, p, CASE WHEN i = 0 AND m.inReplyTo IS NOT NULL THEN 'in-reply-to' ELSE 'references' END AS by
  ORDER BY i ASC, p.id ASC
  LIMIT 1
  MERGE (m)-[r:REPLY_TO]->(p)
  SET r.by = by
  WITH m
  MATCH (d:Message)-[:REPLY_TO*0..100]->(m)
  SET d.threadId = null
} IN TRANSACTIONS OF 1000 ROWS
