// name:        emailed-both
// title:       Who emailed both A and B
// result:      graph
// description: People who wrote to both of two persons, strongest first: go-betweens, shared
//              contacts, a common boss or lawyer.
// param:       a person = "@top(1)" -- the first person (default: the most active person)
// param:       b person = "@top(2)" -- the second person (default: the second most active)
// param:       limit int = 50 -- how many people at most

MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH (x:Person)-[ea:EMAILED]->(a), (x)-[eb:EMAILED]->(b)
WHERE x <> a AND x <> b
RETURN a, b, x, ea, eb
ORDER BY ea.count + eb.count DESC, x.id
LIMIT $limit
