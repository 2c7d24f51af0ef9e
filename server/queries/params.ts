/**
 * Parameters of a saved query: the analyst's JSON values checked against the declared types,
 * defaults filled in, and converted for Neo4j (integers as Integers so LIMIT takes them; dates as
 * ISO strings the queries pass to date()/datetime(); "@top(n)" persons resolved).
 */
import neo4j, { type Driver } from 'neo4j-driver';

import type { QueryParam } from '../../contract/index.js';
import { int, readQuery } from '../db/queries.js';
import { HttpError } from '../errors.js';

const PERSON_ID = /^p-[0-9a-f]{16}$/;
const TOP_PERSON = /^@top\((\d{1,4})\)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

class ParamError extends HttpError {
  override name = 'ParamError';
  constructor(param: string, message: string) {
    super(400, `parameter ${param}: ${message}`);
  }
}

function convert(p: QueryParam, value: unknown): unknown {
  const fail = (expected: string) => {
    throw new ParamError(p.name, `expecting ${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  };
  switch (p.type) {
    case 'string':
      return typeof value === 'string' ? value : fail('a string');
    case 'int': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isSafeInteger(n) ? int(n) : fail('a whole number');
    }
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : fail('a number');
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return fail('true or false');
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('a date YYYY-MM-DD');
    case 'datetime':
      return typeof value === 'string' && (DATE.test(value) || DATETIME.test(value)) && !Number.isNaN(Date.parse(value))
        ? value
        : fail('an ISO 8601 date-time, e.g. 2001-05-01T09:00:00-07:00');
    case 'person':
      return typeof value === 'string' && (PERSON_ID.test(value) || TOP_PERSON.test(value))
        ? value
        : fail('a person id (p-…) or "@top(n)"');
    case 'string[]': {
      const list =
        typeof value === 'string'
          ? value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : value;
      return Array.isArray(list) && list.every((s) => typeof s === 'string') ? list : fail('a list of strings');
    }
  }
}

/** "@top(n)" → the id of the n-th most active person (null when the graph has fewer). */
async function resolveTop(driver: Driver, values: Record<string, unknown>): Promise<void> {
  const wanted = Object.entries(values).filter(([, v]) => typeof v === 'string' && TOP_PERSON.test(v));
  if (wanted.length === 0) return;
  const n = Math.max(...wanted.map(([, v]) => Number(TOP_PERSON.exec(v as string)![1])));
  const ids = (await readQuery<{ id: string }>(driver, 'persons-top', { n: int(n) })).map((r) => r.id);
  for (const [name, v] of wanted) values[name] = ids[Number(TOP_PERSON.exec(v as string)![1]) - 1] ?? null;
}

export async function resolveParams(
  driver: Driver,
  declared: QueryParam[],
  given: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const known = new Set(declared.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length)
    throw new HttpError(
      400,
      `unknown parameter(s) ${unknown.join(', ')}; this query takes ${[...known].join(', ') || 'none'}`,
    );
  const values: Record<string, unknown> = {};
  for (const p of declared) {
    const value = given[p.name] ?? p.default ?? null;
    if (value === null) {
      if (p.required) throw new ParamError(p.name, 'required');
      values[p.name] = null;
      continue;
    }
    values[p.name] = convert(p, value);
  }
  await resolveTop(driver, values);
  return values;
}

/**
 * Ad-hoc query parameters are plain JSON: whole numbers become Integers (what LIMIT, SKIP and
 * range() need and what an analyst means by 10), everything else passes as it is.
 */
export function adHocParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(adHocParams);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adHocParams(v)]));
  return value;
}
