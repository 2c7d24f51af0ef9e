// Part $index of the group $key has written all its batches. The write lock on the group node
// orders parts finishing together: exactly one of them sees every part done, and derives.
MATCH (g:PartGroup {key: $key})
SET g.done = CASE WHEN $index IN g.done THEN g.done ELSE g.done + $index END
RETURN size(g.done) AS finished, size(g.done) >= g.count AS last
