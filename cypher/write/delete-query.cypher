// Deletes an analyst's saved query; returns how many were deleted (0 or 1).
MATCH (q:SavedQuery {name: $name})
WITH q, q.name AS name
DELETE q
RETURN count(name) AS deleted
