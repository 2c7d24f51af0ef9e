// Whether the graph holds any mail yet (npm start ingests the demo mailbox when it does not).
MATCH (m:Message) RETURN count(m) > 0 AS any
