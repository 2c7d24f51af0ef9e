/**
 * ③ extract (documents): every per-document authenticity check, on the document's own claims.
 * Checks that need the corpus (bursts of edits by one editor, an editor foreign to the
 * correspondents, the same name with different hashes, modified after the carrying message was
 * sent) run in the graph phase on DocumentRecord fields: metadata.normalised, people, sha256, name.
 */
import type { DocumentAnomaly } from '../types.js';
import { checkApplicationAge, checkPdfProducer } from './check-application.js';
import { checkCreatedAfterModified, checkDatesBeforeFormat, checkFutureDates } from './check-dates.js';
import { checkPackageParts } from './check-package.js';
import { checkIncrementalUpdates, checkLayers } from './check-pdf.js';
import type { CheckInput, CheckOptions } from './evidence.js';

export type { CheckInput, CheckOptions } from './evidence.js';

export function checkDocument(input: CheckInput, options: CheckOptions): DocumentAnomaly[] {
  return [
    ...checkCreatedAfterModified(input),
    ...checkFutureDates(input, options),
    ...checkDatesBeforeFormat(input),
    ...checkApplicationAge(input),
    ...checkPdfProducer(input),
    ...checkIncrementalUpdates(input),
    ...checkLayers(input),
    ...checkPackageParts(input),
  ];
}
