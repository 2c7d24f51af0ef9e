// Aliases no document names any more (the name now links to a correspondent): gone, as a run that
// knew the correspondent from the start would never have made them.
MATCH (a:Alias) WHERE NOT EXISTS { (a)<-[:METADATA_PERSON]-() }
DELETE a
