// One document's places (issue 12): where its bytes can be read again, for documentBytes (the
// API's /raw door). Loose files first when reading them is cheaper (fewer archive layers).
MATCH (d:Document {sha256: $sha256})
RETURN d.sha256 AS sha256, d.name AS name, d.contentType AS contentType, d.size AS size,
       COLLECT {
         MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d)
         MATCH (c:Copy)-[:OF]->(m)
         RETURN {part: h.part, name: h.name, copy: c {.*}}
         ORDER BY size(c.entries), c.key LIMIT 16
       } AS carriers,
       COLLECT {
         MATCH (d)-[:FOUND_IN]->(f:File)
         RETURN f {.path, .entries, .mailbox, .folder}
         ORDER BY size(f.entries), f.key LIMIT 16
       } AS files
