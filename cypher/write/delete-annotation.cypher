MATCH (n:Annotation {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
