// One identity correction by id.
MATCH (c:Correction {id: $id})
RETURN c.id AS id, c.kind AS kind, c.addresses AS addresses, coalesce(c.note, '') AS note, toString(c.at) AS at
