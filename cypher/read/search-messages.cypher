// GET /api/search: messages by subject and body through the message_text full-text index. The body
// comes back (capped) so the server can cut a snippet around the matched words.
CALL db.index.fulltext.queryNodes('message_text', $q) YIELD node, score
WITH node, score LIMIT $limit
RETURN node.id AS id, node.subject AS subject, substring(coalesce(node.body, ''), 0, $bodyChars) AS body,
       toString(node.date) AS date,
       COLLECT { MATCH (p:Person)-[:USES]->(:Address)-[:SENT]->(node) RETURN p.id LIMIT 1 }[0] AS personId,
       score
