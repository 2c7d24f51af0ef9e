// GET /api/documents/:sha256: the document's properties, metadata (JSON), anomalies (JSON), the loose
// files it was found in, and the names it was sent under. Its carriers come from document-carriers.cypher.
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
       COLLECT { MATCH (:Message)-[h:HAS_ATTACHMENT]->(d) RETURN DISTINCT h.name AS n ORDER BY n } AS names
