// GET /api/documents: documents by text, name, title and editors through the document_text full-text
// index (when $q is given; else every document, most anomalous first), filtered by format, author or
// last editor, application/producer, a [from, to) window on the modified (else created) date, and
// anomalous yes/no. The text comes back (capped) so the server can cut a snippet.
CALL {
  WITH 1 AS one WHERE $q IS NOT NULL
  CALL db.index.fulltext.queryNodes('document_text', $q) YIELD node, score
  RETURN node AS d, score
  UNION
  WITH 1 AS one WHERE $q IS NULL
  MATCH (d:Document)
  RETURN d, 0.0 AS score
}
WITH d, score, coalesce(d.modified, d.created) AS when
WHERE ($format IS NULL OR toLower(coalesce(d.format, '')) = toLower($format) OR toLower(coalesce(d.contentType, '')) = toLower($format))
  AND ($author IS NULL OR toLower(coalesce(d.author, '')) CONTAINS toLower($author)
       OR toLower(coalesce(d.lastModifiedBy, '')) CONTAINS toLower($author))
  AND ($application IS NULL OR toLower(coalesce(d.application, '') + ' ' + coalesce(d.producer, '') + ' '
       + coalesce(d.creatorTool, '')) CONTAINS toLower($application))
  AND ($from IS NULL OR (when IS NOT NULL AND when >= datetime($from)))
  AND ($to IS NULL OR (when IS NOT NULL AND when < datetime($to)))
  AND ($anomalous IS NULL OR (coalesce(d.anomalyCount, 0) > 0) = $anomalous)
WITH d, score
ORDER BY score DESC, coalesce(d.anomalyCount, 0) DESC, d.sha256
LIMIT $limit
RETURN d.sha256 AS sha256, coalesce(d.name, '') AS name, d.format AS format, d.contentType AS contentType,
       coalesce(d.size, 0) AS size, d.status AS status, coalesce(d.anomalyCount, 0) AS anomalyCount,
       d.author AS author, coalesce(d.application, d.producer, d.creatorTool) AS application,
       toString(d.modified) AS modified, substring(coalesce(d.text, ''), 0, $textChars) AS text, score,
       COLLECT {
         MATCH (m:Message)-[h:HAS_ATTACHMENT]->(d)
         RETURN {messageId: m.id, date: toString(m.date), subject: coalesce(m.subject, ''), name: coalesce(h.name, '')}
         ORDER BY m.date, m.id LIMIT $carriers
       } AS carriers
