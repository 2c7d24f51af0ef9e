// name:        documents-with-anomalies
// title:       Documents with anomalies
// result:      table
// description: Documents whose metadata raised an authenticity signal (a foreign or unknown editor, an edit
//              burst, modified after it was sent, the same name with different contents…), most signals
//              first, with the messages that carried them. A signal is a reason to look, not a verdict.
// param:       kind string -- only this anomaly kind (default: any)
// param:       limit int = 100 -- how many documents

MATCH (d:Document)
WHERE coalesce(d.anomalyCount, 0) > 0 AND ($kind IS NULL OR $kind IN d.anomalyKinds)
RETURN d.sha256 AS sha256, d.name AS name, d.format AS format, d.anomalyCount AS anomalies,
       d.anomalyKinds AS kinds, d.author AS author, d.lastModifiedBy AS lastModifiedBy,
       toString(d.modified) AS modified,
       COUNT { (:Message)-[:HAS_ATTACHMENT]->(d) } AS messages,
       COLLECT { MATCH (m:Message)-[:HAS_ATTACHMENT]->(d) RETURN m.id ORDER BY m.date, m.id LIMIT 5 } AS messageIds
ORDER BY anomalies DESC, messages DESC, sha256
LIMIT $limit
