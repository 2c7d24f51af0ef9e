// $rows: FailureRow[]; $run: the IngestRun id. A failure seen again in a later run is the same node
// (one recorded before Failure.found and Failure.document were kept learns them now). seenAt: when a
// run last met it, so a run clearing what it did not meet keeps one another run met meanwhile
// (write/clear-failures.cypher).
UNWIND $rows AS row
MERGE (f:Failure {key: row.key})
  ON CREATE SET f += row.props, f.firstRun = $run, f.at = datetime()
SET f.lastRun = $run, f.seenAt = datetime(),
    f.found = coalesce(f.found, row.props.found), f.document = coalesce(f.document, row.props.document)
