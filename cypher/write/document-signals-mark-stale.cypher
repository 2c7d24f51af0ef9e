// Read documents whose signals are stale though nothing marked them: judged by another version of
// the judgement ($version; none: read before signals existed), or naming an author or last editor
// without the METADATA_PERSON link for it (a merge deleted their person, and the link with it).
MATCH (d:Document) WHERE d.state = 'read' AND d.signalsPending IS NULL
  AND (coalesce(d.signalsVersion, 0) <> $version
    OR (trim(coalesce(d.author, '')) <> '' AND NOT EXISTS { (d)-[:METADATA_PERSON {field: 'author'}]->() })
    OR (trim(coalesce(d.lastModifiedBy, '')) <> ''
      AND NOT EXISTS { (d)-[:METADATA_PERSON {field: 'lastModifiedBy'}]->() }))
SET d.signalsPending = 'stale'
