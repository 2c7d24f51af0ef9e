// A page of messages for the entity pass, in id order after $after: the body, the subject, and the
// participants (sender, To, Cc) with every display name their addresses carry.
// Only messages never read (no Message.lang; entities --rebuild removes it from all first).
MATCH (m:Message)
WHERE m.id > $after AND m.lang IS NULL
WITH m ORDER BY m.id LIMIT $limit
OPTIONAL MATCH (s:Address)-[:SENT]->(m)
CALL (m) {
  OPTIONAL MATCH (m)-[:TO|CC]->(b:Address)
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {email: b.email, names: coalesce(b.names, [])} END) AS recipients
}
RETURN m.id AS id, coalesce(m.body, '') AS text, coalesce(m.subject, '') AS subject,
       CASE WHEN s IS NULL THEN null ELSE {email: s.email, names: coalesce(s.names, [])} END AS sender,
       recipients
ORDER BY id
