/**
 * The API contract: request schemas (zod, validated at the edge) and response shapes. Both the server
 * and the web app import it (contract/ imports nothing of ours), so a change here that breaks the
 * view breaks its build. Plain shared values (entity types, the first view, limits) are in constants.ts.
 *
 * Conventions: dates are ISO 8601 strings (with the sender's offset where the graph has it);
 * counts are numbers; ids are the graph's keys (Person.id "p-…", Message.id, Address.email,
 * Entity.key); every error is an ErrorBody with a 4xx/5xx status.
 */
export * from './constants.js';
export * from './common.js';
export * from './graph.js';
export * from './compact-graph.js';
export * from './overview.js';
export * from './persons.js';
export * from './messages.js';
export * from './queries.js';
export * from './export.js';
export * from './annotations.js';
export * from './documents.js';
