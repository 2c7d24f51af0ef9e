// GET /api/search: the analyst's notes and tags through the annotation_text full-text index (V013).
CALL db.index.fulltext.queryNodes('annotation_text', $q) YIELD node, score
WHERE node.kind IN ['note', 'tag']
RETURN node.id AS id, score
LIMIT $limit
