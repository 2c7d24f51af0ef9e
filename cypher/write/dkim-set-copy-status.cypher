// $rows: CopyDkimRow[] (ingest/extract/dkim/rows.ts). The status of one copy's DKIM evidence
// (ingest/extract/dkim/verdict.ts) and why; signatures past the copy's count (from an older
// verification of different bytes) are removed. Its message is pending: the next derive computes its
// signals and status again (`leakgraph verify`).
UNWIND $rows AS row
MATCH (c:Copy {key: row.copy})
SET c.dkimStatus = row.status, c.dkimReason = row.reason, c.fromDomain = row.fromDomain
WITH c, row
CALL (c, row) {
  MATCH (c)-[:HAS_SIGNATURE]->(s:Signature) WHERE s.index >= row.signatureCount
  DETACH DELETE s
}
CALL (c) {
  MATCH (c)-[:OF]->(m:Message)
  SET m.pending = true
}
