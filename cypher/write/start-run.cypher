// Records an ingest run; $props: {paths, workers, host}.
MERGE (r:IngestRun {id: $id})
SET r += $props, r.startedAt = datetime(), r.status = 'running'
