// The addresses this derive touched ($derive): where identity resolution starts.
MATCH (a:Address {dirty: $derive})
RETURN a.email AS email
