/**
 * The entity pass's first source: stored messages (body, subject, participants), marked
 * Message.entityPending, in id order (write/entities.ts).
 */
import { type EntityTextSource, paged } from './entity-source.js';
import { countEntityWork, readEntityWork, resetEntities, writeEntityResults } from './write/entities.js';

// Messages read per query and written per transaction.
const PAGE = 1_000;

export const messageSource: EntityTextSource = {
  kind: 'message',
  page: PAGE,
  reset: resetEntities,
  count: countEntityWork,
  pages: (driver) => paged((after, limit) => readEntityWork(driver, after, limit), PAGE),
  write: (driver, results) => writeEntityResults(driver, results),
};
