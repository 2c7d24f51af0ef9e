// A page of pending documents for the document pass (issue 12), in hash order after $after
// (document_state index): what the stub says, and where the bytes can be read again — the copies
// of the messages that carry it with the attachment's part index, the loose files, and the
// archive documents that hold it as an entry (issue 12). A few of
// each: the pass needs one that still holds the bytes.
MATCH (d:Document)
WHERE d.state = 'pending' AND d.sha256 > $after
WITH d ORDER BY d.sha256 LIMIT $limit
RETURN d.sha256 AS sha256, d.name AS name, d.contentType AS contentType, d.size AS size,
       COLLECT {
         MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d)
         MATCH (c:Copy)-[:OF]->(m)
         RETURN {part: h.part, name: h.name, copy: c {.*}}
         ORDER BY size(c.entries), c.key LIMIT 4
       } AS carriers,
       COLLECT {
         MATCH (d)-[:FOUND_IN]->(f:File)
         RETURN f {.path, .entries, .mailbox, .folder}
         ORDER BY size(f.entries), f.key LIMIT 4
       } AS files,
       COLLECT {
         MATCH (a:Document)-[x:CONTAINS]->(d) WHERE a <> d
         RETURN {sha256: a.sha256, name: coalesce(a.name, ''), entry: x.entry}
         ORDER BY a.sha256, x.entry LIMIT 4
       } AS archives
ORDER BY sha256
