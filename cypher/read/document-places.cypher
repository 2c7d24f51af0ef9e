// One document's places (issue 12): where its bytes can be read again, for documentBytes (the
// API's /raw door). Loose files first when reading them is cheaper (fewer archive layers); the
// archive documents holding it as an entry last (issue 12).
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
       } AS files,
       COLLECT {
         MATCH (a:Document)-[x:CONTAINS]->(d) WHERE a <> d
         RETURN {sha256: a.sha256, name: coalesce(a.name, ''), entry: x.entry}
         ORDER BY a.sha256, x.entry LIMIT 16
       } AS archives
