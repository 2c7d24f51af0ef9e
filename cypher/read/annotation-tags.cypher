// Every tag in use, with how many persons, messages and documents carry it (for the tag field's suggestions).
MATCH (n:Annotation {kind: 'tag'})
RETURN n.text AS tag, count(*) AS count
ORDER BY count DESC, tag
