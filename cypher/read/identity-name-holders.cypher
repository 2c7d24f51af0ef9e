// Addresses carrying one of the full-name keys in $q (a Lucene query over the address_name_keys
// index, built by ingest/write/identity-scope.ts), with their kind and keys.
CALL db.index.fulltext.queryNodes('address_name_keys', $q) YIELD node
RETURN node.email AS email, node.kind AS kind, node.nameKeys AS nameKeys
