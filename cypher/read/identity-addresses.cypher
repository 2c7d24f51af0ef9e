// Every address with the display names used for it: the facts identity resolution starts from.
MATCH (a:Address)
RETURN a.email AS email, a.kind AS kind, coalesce(a.domain, '') AS domain,
       coalesce(a.names, []) AS names, coalesce(a.nameCounts, []) AS nameCounts
