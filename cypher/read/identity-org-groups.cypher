// Addresses in the same-name groups $keys (full name at an organisation domain, Address.orgNameKey).
UNWIND $keys AS key
MATCH (a:Address {orgNameKey: key})
RETURN DISTINCT a.email AS email
