// New text for an annotation, with who changed it and when (the first author and time stay).
MATCH (n:Annotation {id: $id})
SET n.text = $text, n.updatedAt = datetime(), n.updatedBy = $author
RETURN n.id AS id
