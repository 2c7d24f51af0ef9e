// A page of messages for the entity pass, in id order after $after: the body, the subject, and the
// participants (sender, To, Cc), each with the display name this message gives it and the name its
// address goes by most. Only messages marked for it (Message.entityPending: never read, or a person
// they may name changed; message_entity_pending index, in id order).
MATCH (m:Message)
WHERE m.entityPending = true AND m.id > $after
WITH m ORDER BY m.id LIMIT $limit
OPTIONAL MATCH (s:Address)-[sr:SENT]->(m)
CALL (m) {
  OPTIONAL MATCH (m)-[r:TO|CC]->(b:Address)
  RETURN collect(CASE WHEN b IS NULL THEN null ELSE {email: b.email, names: [n IN [r.name, b.name] WHERE n IS NOT NULL]} END) AS recipients
}
RETURN m.id AS id, coalesce(m.body, '') AS text, coalesce(m.subject, '') AS subject,
       CASE WHEN s IS NULL THEN null ELSE {email: s.email, names: [n IN [sr.name, s.name] WHERE n IS NOT NULL]} END AS sender,
       recipients
ORDER BY id
