/**
 * Plain values the pipeline, the server and the web app share. No zod here, so the explorer's
 * bundle takes these without the validators.
 */

/** The kinds of named entity the ingest finds and the graph stores (Entity.type): person, organisation, place. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const isEntityType = (value: unknown): value is EntityType =>
  (ENTITY_TYPES as readonly unknown[]).includes(value);

/**
 * The explorer's first view (GET /api/graph with these filters): the 2,000 most active persons,
 * readable and drawn in about two seconds even without a GPU (the API's own default, 5,000, takes a
 * few seconds more). The server reads this graph once at start, so the analyst's first view is
 * served from its cache.
 */
export const FIRST_VIEW = { minCount: 1, top: 2_000 } as const;

/** The most items one comma-separated list parameter carries (ids, domains, kinds in a URL). */
export const MAX_LIST_ITEMS = 500;

/** The most ids (persons or messages) one POST /api/export takes. */
export const MAX_EXPORT_IDS = 20_000;

/**
 * The two forms GET /api/graph answers in. 'graphology': every edge with its details (roles,
 * first and last message), for scripts and exports. 'compact': what the explorer draws — nodes as
 * objects, edges as columns of node positions, kinds and counts (CompactGraphResponse); a 5,000-person
 * overview of the ×4 Enron benchmark is 1.4 MB instead of 13.5 MB, and its edges' details are never read.
 */
export const GRAPH_FORMS = ['graphology', 'compact'] as const;
export type GraphForm = (typeof GRAPH_FORMS)[number];
/** The form the explorer asks for (and the server reads ahead at start). */
export const EXPLORER_GRAPH_FORM = 'compact' satisfies GraphForm;

/** In this order: the compact form writes an edge's kind as its position here. */
export const GRAPH_EDGE_KINDS = ['emailed', 'mentions', 'document'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];
