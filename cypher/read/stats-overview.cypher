// GET /api/stats: date range (through the message_date index), ingest failures, the latest ingest run,
// and how many messages have each verification status.
RETURN
  COLLECT { MATCH (m:Message) WHERE m.date IS NOT NULL RETURN toString(m.date) ORDER BY m.date ASC LIMIT 1 }[0] AS first,
  COLLECT { MATCH (m:Message) WHERE m.date IS NOT NULL RETURN toString(m.date) ORDER BY m.date DESC LIMIT 1 }[0] AS last,
  COUNT { MATCH (f:Failure) RETURN f } AS failures,
  COUNT { MATCH (f:Failure) WHERE f.lostMessage = true RETURN f } AS lostMessages,
  COLLECT {
    MATCH (r:IngestRun)
    RETURN r {
      .id, .status, .seen, .ingested, .duplicates, .failed,
      startedAt: toString(r.startedAt), finishedAt: toString(r.finishedAt)
    }
    ORDER BY r.startedAt DESC LIMIT 1
  }[0] AS lastRun,
  COLLECT {
    MATCH (m:Message) WHERE m.status IS NOT NULL
    WITH m.status AS status, count(*) AS count
    RETURN {status: status, count: count}
  } AS verification
