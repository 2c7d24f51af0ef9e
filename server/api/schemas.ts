/**
 * The API contract: request schemas (zod, validated at the edge) and response shapes. The web app
 * imports these types with `import type`, so a change here that breaks the view breaks its build.
 *
 * Conventions: dates are ISO 8601 strings (with the sender's offset where the graph has it);
 * counts are numbers; ids are the graph's keys (Person.id "p-…", Message.id, Address.email,
 * Entity.key); every error is an ErrorBody with a 4xx/5xx status.
 */
export * from './contract/common.js';
export * from './contract/graph.js';
export * from './contract/overview.js';
export * from './contract/persons.js';
export * from './contract/messages.js';
export * from './contract/queries.js';
export * from './contract/export.js';
