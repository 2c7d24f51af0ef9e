// GET /api/documents/:sha256: the document's properties, metadata (JSON), anomalies (JSON), the loose
// files it was found in, the names it was sent under, and what the entity pass found in its text (issue 12:
// MENTIONS to entities and to persons, as a message's in message-detail.cypher). Its carriers come from
// document-carriers.cypher. An archive document lists its files (CONTAINS, in entry order, at most
// $maxEntries) and the entries it refused (entriesRefusedJson); a file found in an archive document,
// the archives and entries it was found as (issue 12).
MATCH (d:Document {sha256: $sha256})
RETURN d.sha256 AS sha256, coalesce(d.name, '') AS name, d.format AS format, d.contentType AS contentType,
       coalesce(d.size, 0) AS size, d.status AS status, coalesce(d.anomalyCount, 0) AS anomalyCount,
       coalesce(d.state, 'pending') AS state, d.reason AS reason, d.kind AS kind, d.language AS language,
       substring(coalesce(d.text, ''), 0, $previewChars) AS textPreview,
       coalesce(d.textTruncated, false) OR size(coalesce(d.text, '')) > $previewChars AS textTruncated,
       d.metadataJson AS metadataJson, d.anomaliesJson AS anomaliesJson,
       d.title AS title, d.author AS author, d.lastModifiedBy AS lastModifiedBy,
       coalesce(d.application, d.creatorTool) AS application, d.producer AS producer,
       toString(d.created) AS created, toString(d.modified) AS modified, d.pages AS pages, d.words AS words,
       COLLECT {
         MATCH (d)-[f:FOUND_IN]->(file:File)
         RETURN {path: file.path, entries: coalesce(file.entries, []), name: coalesce(f.name, ''),
                 mailbox: file.mailbox, folder: file.folder}
         ORDER BY file.key
       } AS files,
       COLLECT { MATCH (:Message)-[h:HAS_ATTACHMENT]->(d) RETURN DISTINCT h.name AS n ORDER BY n } AS names,
       COUNT { (:Message)-[:HAS_ATTACHMENT]->(d) } AS carrierCount,
       COLLECT {
         MATCH (d)-[x:MENTIONS]->(e) WHERE e:Entity OR e:Person
         RETURN {key: coalesce(e.key, e.id), name: coalesce(x.name, e.name, e.key, e.id), type: coalesce(e.type, 'PER'),
                 count: coalesce(x.count, 1), personId: CASE WHEN e:Person THEN e.id END,
                 contexts: coalesce(x.contexts, ['document']), roles: coalesce(x.roles, []),
                 shortFor: COLLECT { MATCH (e)-[:SHORT_FOR]->(l:Entity) RETURN l.key ORDER BY l.key }[0]}
         ORDER BY coalesce(x.count, 1) DESC, coalesce(e.key, e.id)
       } AS mentions,
       COLLECT {
         MATCH (d)-[x:CONTAINS]->(e:Document)
         RETURN {entry: x.entry, sha256: e.sha256, name: coalesce(e.name, ''), format: e.format,
                 size: coalesce(e.size, 0), status: e.status}
         ORDER BY x.entry LIMIT $maxEntries
       } AS entries,
       COUNT { (d)-[:CONTAINS]->(:Document) } AS entryCount,
       d.entriesRefusedJson AS entriesRefusedJson,
       COLLECT {
         MATCH (a:Document)-[x:CONTAINS]->(d)
         RETURN {sha256: a.sha256, name: coalesce(a.name, ''), entry: x.entry}
         ORDER BY a.sha256, x.entry LIMIT $maxEntries
       } AS foundInArchives
