// name:        shortest-path
// title:       Shortest path between two people
// result:      graph
// description: The shortest chains of correspondence (EMAILED, either direction) linking two people:
//              who could have passed word from one to the other.
// param:       a person = "@top(1)" -- from (default: the most active person)
// param:       b person = "@top(2)" -- to (default: the second most active)
// param:       maxHops int = 6 -- longest chain considered (1–10)

MATCH (a:Person {id: $a}), (b:Person {id: $b})
WHERE a <> b
MATCH path = allShortestPaths((a)-[:EMAILED*..10]-(b))
WITH path LIMIT 25
WITH path WHERE length(path) <= $maxHops
RETURN path
