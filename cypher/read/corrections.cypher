MATCH (c:Correction)
RETURN c.id AS id, c.kind AS kind, c.addresses AS addresses, c.note AS note, toString(c.at) AS at
ORDER BY at
