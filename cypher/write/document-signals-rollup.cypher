// $shas: documents whose anomalies were just judged. Every message carrying one counts the
// anomalous documents it carries (Message.documentAnomalies; absent on messages without documents).
UNWIND $shas AS sha
MATCH (m:Message)-[:HAS_ATTACHMENT]->(:Document {sha256: sha})
WITH DISTINCT m
SET m.documentAnomalies = size(COLLECT {
  MATCH (m)-[:HAS_ATTACHMENT]->(x:Document) WHERE x.anomalyCount > 0 RETURN DISTINCT x.sha256
})
