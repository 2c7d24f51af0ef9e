// Closes an ingest run with its accounting; $props: {seen, ingested, duplicates, failed, skipped, cleared, seconds}.
MATCH (r:IngestRun {id: $id})
SET r += $props, r.finishedAt = datetime(), r.status = $status
