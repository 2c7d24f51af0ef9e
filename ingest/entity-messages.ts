/**
 * The entity pass's first source: stored messages (body, subject, participants), marked
 * Message.entityPending, in id order (write/entities.ts).
 */
import { pagedSource } from './entity-source.js';
import { countEntityWork, readEntityWork, resetEntities, writeEntityResults } from './write/entities.js';

export const messageSource = pagedSource({
  kind: 'message',
  // Messages read per query and written per transaction.
  page: 1_000,
  reset: resetEntities,
  count: countEntityWork,
  read: readEntityWork,
  write: (driver, results) => writeEntityResults(driver, results),
});
