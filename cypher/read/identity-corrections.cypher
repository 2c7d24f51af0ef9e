// The analyst's merges and splits, oldest first.
MATCH (c:Correction)
RETURN c.id AS id, c.kind AS kind, c.addresses AS addresses, toString(c.at) AS at
ORDER BY at
