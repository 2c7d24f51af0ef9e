/**
 * ⑤ write (bulk first load): one property value → one CSV field as `neo4j-admin database import`
 * reads it (RFC 4180 quoting, every string quoted, fields may span lines). What the importer cannot
 * express comes back as `unwritable`, and the caller sets it with Cypher after the import:
 *   - an empty list: an empty field is no property at all, while the transactional path stores [];
 *   - a list [""] (it reads back as no property) or an element holding the array delimiter;
 *   - a date that is not plain ISO 8601 with a zone (Cypher's datetime() reads more forms).
 * Everything else was checked against the importer value by value (test/ingest/write/csv/*.db.test.ts).
 */
import type { CsvType } from './kinds.js';

/** Between list elements: a control character mail text does not carry (and when it does, unwritable). */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

// ISO 8601 with seconds and a zone: what build-batch and the DKIM rows produce.
const PLAIN_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export type Encoded = { field: string } | { unwritable: 'empty-list' | 'value' };

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

export class CsvValueError extends Error {
  override name = 'CsvValueError';
}

export function encodeField(type: CsvType, value: unknown, where: string): Encoded {
  if (value === null || value === undefined) {
    if (type === 'string[]')
      throw new CsvValueError(`${where}: a list property is null; the kinds table declares lists that are never null`);
    return { field: '' };
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string') break;
      return { field: quote(value) };
    case 'long':
      if (!Number.isSafeInteger(value)) break;
      return { field: String(value) };
    case 'boolean':
      if (typeof value !== 'boolean') break;
      return { field: value ? 'true' : 'false' };
    case 'datetime':
      if (typeof value !== 'string') break;
      return PLAIN_DATETIME.test(value) ? { field: value } : { unwritable: 'value' };
    case 'string[]': {
      if (!Array.isArray(value) || value.some((e) => typeof e !== 'string')) break;
      const list = value as string[];
      if (list.length === 0) return { unwritable: 'empty-list' };
      if ((list.length === 1 && list[0] === '') || list.some((e) => e.includes(ARRAY_DELIMITER)))
        return { unwritable: 'value' };
      return { field: quote(list.join(ARRAY_DELIMITER)) };
    }
  }
  throw new CsvValueError(`${where}: expecting a ${type}, got ${JSON.stringify(value)?.slice(0, 80)}`);
}
