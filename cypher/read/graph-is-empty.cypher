// Whether the graph holds nothing but the schema's own record (:Migration): no mail, no analyst
// corrections, no saved queries. A bulk first load replaces the whole store, so it needs this.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Migration } AS empty
