// A page of read documents whose signals are due for themselves ($origins: just read, a new place,
// unlinked, renamed), in hash order after $after: their editor names and the names they were found under (attachment,
// loose file, archive entry's base name).
MATCH (d:Document)
WHERE d.signalsPending IN $origins AND d.state = 'read' AND d.sha256 > $after
WITH d ORDER BY d.sha256 LIMIT $limit
RETURN d.sha256 AS sha256, d.author AS author, d.lastModifiedBy AS lastModifiedBy,
       COLLECT {
         MATCH (:Message)-[h:HAS_ATTACHMENT]->(d) WHERE NOT coalesce(h.inline, false) RETURN h.name AS name
         UNION
         MATCH (d)-[f:FOUND_IN]->(:File) RETURN f.name AS name
         UNION
         MATCH (:Document)-[x:CONTAINS]->(d) WHERE x.name IS NOT NULL RETURN x.name AS name
       } AS names
ORDER BY sha256
