// $rows: [{sha256, anomalyKinds, anomaliesJson, anomalyCount}]: the reader's own anomalies and the
// cross-document ones (ingest/document-signals.ts), replacing the earlier ones; signals done, by
// the judgement's $version.
UNWIND $rows AS row
MATCH (d:Document {sha256: row.sha256})
SET d.anomalyKinds = row.anomalyKinds, d.anomaliesJson = row.anomaliesJson, d.anomalyCount = row.anomalyCount,
    d.signalsVersion = $version
REMOVE d.signalsPending
