// Messages in the graph, to tell a bulk load (many more to come) from an addition.
MATCH (m:Message) RETURN count(m) AS messages
