// GET /api/messages/:id: headers, text, recipients, attachments, every copy (provenance), its place
// in the thread, the messages claiming the same Message-ID, and the entities it mentions.
MATCH (m:Message {id: $id})
RETURN m.id AS id, m.messageId AS messageId, coalesce(m.subject, '') AS subject, toString(m.date) AS date,
       m.dateRaw AS dateRaw, m.tzOffset AS tzOffset, coalesce(m.body, '') AS text,
       coalesce(m.bodyTruncated, false) AS textTruncated, coalesce(m.hasHtml, false) AS hasHtml,
       m.threadId AS threadId, coalesce(m.conflict, false) AS conflict,
       COLLECT {
         MATCH (a:Address)-[s:SENT]->(m)
         RETURN {email: a.email, name: coalesce(s.name, a.name), personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
       } AS from,
       COLLECT {
         MATCH (m)-[r:TO|CC|BCC]->(a:Address)
         RETURN {role: type(r), email: a.email, name: coalesce(r.name, a.name),
                 personId: COLLECT { MATCH (p:Person)-[:USES]->(a) RETURN p.id }[0]}
         ORDER BY a.email
       } AS recipients,
       COLLECT {
         MATCH (m)-[h:HAS_ATTACHMENT]->(x:Document)
         RETURN {name: h.name, contentType: x.contentType, size: x.size, sha256: x.sha256, inline: coalesce(h.inline, false),
                 format: x.format, status: x.status, anomalyCount: coalesce(x.anomalyCount, 0)}
         ORDER BY h.name, x.sha256
       } AS attachments,
       COLLECT {
         MATCH (c:Copy)-[:OF]->(m)
         RETURN c {.key, .path, .entries, .format, .mailbox, .folder, .offset, .length, .position, .sha256, .size,
                   .messageId, .convertedFrom}
         ORDER BY c.path, c.position, c.key
       } AS copies,
       COLLECT { MATCH (m)-[:REPLY_TO]->(parent:Message) RETURN parent.id ORDER BY parent.id LIMIT 1 }[0] AS parent,
       COLLECT { MATCH (reply:Message)-[:REPLY_TO]->(m) RETURN reply.id ORDER BY reply.date, reply.id } AS replies,
       CASE WHEN m.threadId IS NULL THEN 1 ELSE COUNT { MATCH (t:Message) WHERE t.threadId = m.threadId RETURN t } END AS threadSize,
       COLLECT { MATCH (m)-[:CONFLICTS_WITH]-(other:Message) RETURN DISTINCT other.id } AS conflictsWith,
       COLLECT {
         MATCH (m)-[x:MENTIONS]->(e) WHERE e:Entity OR e:Person
         RETURN {key: coalesce(e.key, e.id), name: coalesce(e.name, e.key, e.id), type: coalesce(e.type, 'PER'),
                 count: coalesce(x.count, 1), personId: CASE WHEN e:Person THEN e.id END,
                 contexts: coalesce(x.contexts, ['own']), roles: coalesce(x.roles, []),
                 shortFor: COLLECT { MATCH (e)-[:SHORT_FOR]->(l:Entity) RETURN l.key ORDER BY l.key }[0]}
         ORDER BY coalesce(x.count, 1) DESC, coalesce(e.key, e.id)
       } AS mentions
