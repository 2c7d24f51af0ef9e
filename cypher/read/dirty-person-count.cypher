// How many persons the derive rebuilds the counts of (their addresses changed).
MATCH (p:Person {dirty: true})
RETURN count(p) AS persons
