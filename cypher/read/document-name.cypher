// GET /api/documents/:sha256/spread: the document exists, its name, and how many times messages carried it
// (the spread lists at most a cap of them; the total says how many more there are).
MATCH (d:Document {sha256: $sha256})
RETURN coalesce(d.name, '') AS name, COUNT { (:Message)-[:HAS_ATTACHMENT]->(d) } AS carrierCount
