// GET /api/documents/:sha256/spread: the document exists, and its name.
MATCH (d:Document {sha256: $sha256})
RETURN coalesce(d.name, '') AS name
