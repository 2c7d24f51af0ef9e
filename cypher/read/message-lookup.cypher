// One message by its id or by a Message-ID of any of its copies, with what `leakgraph show` prints.
CALL {
  MATCH (m:Message {id: $ref}) RETURN m
  UNION
  MATCH (:Copy {messageId: $ref})-[:OF]->(m:Message) RETURN m
}
OPTIONAL MATCH (sender:Address)-[s:SENT]->(m)
CALL (m) {
  OPTIONAL MATCH (m)-[r:TO|CC|BCC]->(a:Address)
  WITH r, a ORDER BY type(r), a.email
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {role: type(r), email: a.email, name: r.name} END) AS recipients
}
CALL (m) {
  OPTIONAL MATCH (c:Copy)-[:OF]->(m)
  WITH c ORDER BY c.mailbox, c.folder, c.path, c.offset
  RETURN collect(c {.*}) AS copies
}
CALL (m) {
  OPTIONAL MATCH (m)-[h:HAS_ATTACHMENT]->(att:Document)
  RETURN collect(CASE WHEN att IS NULL THEN null ELSE {name: h.name, contentType: att.contentType, size: att.size, sha256: att.sha256} END) AS attachments
}
OPTIONAL MATCH (m)-[:REPLY_TO]->(parent:Message)
RETURN m.id AS id, m.messageId AS messageId, toString(m.date) AS date, m.dateRaw AS dateRaw, m.subject AS subject,
       m.status AS status, m.statusReason AS statusReason, m.conflict AS conflict, m.threadId AS threadId,
       m.body AS body, sender.email AS fromEmail, s.name AS fromName, recipients, copies, attachments,
       parent.id AS parentId, COUNT { (:Message)-[:REPLY_TO]->(m) } AS replies
ORDER BY id
