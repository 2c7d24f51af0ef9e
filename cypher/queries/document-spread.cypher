// name:        document-spread
// title:       Who had this document when
// result:      table
// description: Every message that carried one document (by its SHA-256), earliest first, with its sender
//              and recipients: the spread of one file through the organisation. Without a hash, the
//              document carried by the most messages.
// param:       sha256 string -- the document's SHA-256 (default: the most carried document)
// param:       limit int = 500 -- how many messages at most

CALL {
  MATCH (d:Document)
  WHERE $sha256 IS NULL OR d.sha256 = toLower($sha256)
  RETURN d ORDER BY COUNT { (:Message)-[:HAS_ATTACHMENT]->(d) } DESC, d.sha256 LIMIT 1
}
MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d)
OPTIONAL MATCH (sender:Address)-[s:SENT]->(m)
RETURN toString(m.date) AS date, coalesce(s.name, sender.name, sender.email) AS from,
       COLLECT { MATCH (m)-[r:TO|CC|BCC]->(a:Address) RETURN toLower(type(r)) + ': ' + coalesce(r.name, a.name, a.email)
                   ORDER BY CASE type(r) WHEN 'TO' THEN 0 WHEN 'CC' THEN 1 ELSE 2 END, a.email } AS recipients,
       h.name AS fileName, m.subject AS subject, m.id AS messageId, d.sha256 AS sha256
ORDER BY m.date IS NULL, m.date, m.id
LIMIT $limit
