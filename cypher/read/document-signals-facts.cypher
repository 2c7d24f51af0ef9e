// A page of read documents whose signals are due ($due marks), in hash order after $after: what
// the cross-document judgement needs — dates (epoch ms), the reader's anomalies, the editor links,
// the first message that carried it (by Date, then id), the names it was found under (attachment, loose file,
// archive entry's base name).
MATCH (d:Document)
WHERE d.signalsPending IN $due AND d.state = 'read' AND d.sha256 > $after
WITH d ORDER BY d.sha256 LIMIT $limit
RETURN d.sha256 AS sha256, d.modified.epochMillis AS modified, d.anomaliesJson AS anomaliesJson,
       COLLECT {
         MATCH (d)-[r:METADATA_PERSON]->(t)
         RETURN r {.field, .raw, .editor, .scripts, .correspondents, .foreign, .generic,
                   person: CASE WHEN t:Person THEN t.id END, alias: CASE WHEN t:Alias THEN t.name END}
         ORDER BY r.field
       } AS editors,
       COLLECT {
         MATCH (m:Message)-[:HAS_ATTACHMENT]->(d) WHERE m.date IS NOT NULL
         RETURN {date: m.date.epochMillis, message: m.id} ORDER BY m.date, m.id LIMIT 1
       }[0] AS firstSent,
       COLLECT {
         MATCH (:Message)-[h:HAS_ATTACHMENT]->(d) WHERE NOT coalesce(h.inline, false) RETURN h.name AS name
         UNION
         MATCH (d)-[f:FOUND_IN]->(:File) RETURN f.name AS name
         UNION
         MATCH (:Document)-[x:CONTAINS]->(d) WHERE x.name IS NOT NULL RETURN x.name AS name
       } AS names
ORDER BY sha256
