// GET /api/search: messages by subject and body through the message_text full-text index, only those
// dated in [$from, $to) when a window is given (the explorer's time filter). The body comes back
// (capped) so the server can cut a snippet around the matched words.
CALL db.index.fulltext.queryNodes('message_text', $q) YIELD node, score
WHERE $from IS NULL OR (node.date >= datetime($from) AND node.date < datetime($to))
WITH node, score LIMIT $limit
RETURN node.id AS id, node.subject AS subject, substring(coalesce(node.body, ''), 0, $bodyChars) AS body,
       toString(node.date) AS date,
       COLLECT { MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(node) RETURN p.id LIMIT 1 }[0] AS personId,
       score
