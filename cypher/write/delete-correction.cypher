MATCH (c:Correction {id: $id})
DELETE c
RETURN count(*) AS deleted
