/**
 * The header block of a saved query file (cypher/queries/*.cypher, and analysts' queries exported
 * back to files) ↔ SavedQuery. The header is Cypher comments, so the file runs as it is:
 *
 *   // name:        top-correspondents
 *   // title:       Top correspondents of a person
 *   // result:      table
 *   // description: Who a person exchanged most messages with, both directions.
 *   //              A line starting with more spaces continues the one before.
 *   // param:       person person = "@top(1)" -- whose correspondents
 *   // param:       limit int = 25 -- how many to list
 *   // param:       at datetime required -- a parameter without default
 *   // needs:       BCC
 *
 * A param line is `<name> <type> [= <JSON default>] [required] [-- <description>]`. `needs` names
 * the relationship types the query reads; when the graph has none of one, an empty result says so
 * (saved-queries.ts) rather than reading as "nobody did this".
 */
import type { QueryParam, QueryParamType, SavedQuery } from '../../contract/index.js';

export class QueryHeaderError extends Error {
  override name = 'QueryHeaderError';
}

export const PARAM_TYPES: readonly QueryParamType[] = [
  'string',
  'int',
  'float',
  'boolean',
  'date',
  'datetime',
  'person',
  'string[]',
];
const KEYS = ['name', 'title', 'description', 'result', 'param', 'needs'] as const;
type Key = (typeof KEYS)[number];

const PARAM_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s+(string\[\]|[a-z]+)(?:\s*=\s*(.+?))?(\s+required)?(?:\s+--\s*(.*))?$/;

export type QueryDefinition = Omit<SavedQuery, 'source'>;

function parseParam(text: string, where: string): QueryParam {
  const m = PARAM_LINE.exec(text.trim());
  if (!m)
    throw new QueryHeaderError(
      `${where}: param "${text}": expecting "<name> <type> [= <JSON default>] [required] [-- <description>]"`,
    );
  const [, name, type, defaultText, required, description] = m;
  if (!PARAM_TYPES.includes(type as QueryParamType)) {
    throw new QueryHeaderError(`${where}: param ${name}: type "${type}" is not one of ${PARAM_TYPES.join(', ')}`);
  }
  let value: unknown = null;
  if (defaultText !== undefined) {
    try {
      value = JSON.parse(defaultText);
    } catch {
      throw new QueryHeaderError(`${where}: param ${name}: default ${defaultText} is not JSON (quote strings)`);
    }
  }
  return {
    name: name!,
    type: type as QueryParamType,
    description: (description ?? '').trim(),
    default: value,
    required: !!required,
  };
}

/** Splits a query file into its header fields and the Cypher after the header. */
export function parseQueryFile(text: string, where: string): QueryDefinition {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const fields: Partial<Record<Exclude<Key, 'param'>, string>> = {};
  const params: QueryParam[] = [];
  let last: { key: Key; index: number } | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('//')) break;
    const body = line.slice(2);
    const keyed = /^\s?([a-z]+):\s?(.*)$/.exec(body);
    if (keyed && (KEYS as readonly string[]).includes(keyed[1]!)) {
      const key = keyed[1] as Key;
      const value = keyed[2]!.trim();
      if (key === 'param') {
        params.push(parseParam(value, where));
        last = { key, index: params.length - 1 };
      } else {
        if (fields[key] !== undefined) throw new QueryHeaderError(`${where}: "${key}" given twice`);
        fields[key] = value;
        last = { key, index: 0 };
      }
    } else if (/^\s{2,}\S/.test(body) && last) {
      const more = body.trim();
      if (last.key === 'param') {
        const p = params[last.index]!;
        p.description = `${p.description} ${more}`.trim();
      } else {
        fields[last.key] = `${fields[last.key]} ${more}`;
      }
    } else if (body.trim() === '') {
      last = null;
    } else {
      throw new QueryHeaderError(
        `${where}: line ${i + 1}: "${line}" is neither a header field (${KEYS.join(', ')}) nor a continuation`,
      );
    }
  }
  const cypher = lines.slice(i).join('\n').trim();
  for (const key of ['name', 'title'] as const)
    if (!fields[key]) throw new QueryHeaderError(`${where}: the header has no "${key}:"`);
  const result = fields.result ?? 'table';
  if (result !== 'graph' && result !== 'table')
    throw new QueryHeaderError(`${where}: result must be graph or table, not "${result}"`);
  if (!cypher) throw new QueryHeaderError(`${where}: no Cypher after the header`);
  const needs = fields.needs?.split(/[\s,]+/).filter(Boolean);
  const badType = needs?.find((t) => !/^[A-Z][A-Z0-9_]*$/.test(t));
  if (badType) throw new QueryHeaderError(`${where}: needs: "${badType}" is not a relationship type (UPPER_SNAKE)`);
  return {
    name: fields.name!,
    title: fields.title!,
    description: fields.description ?? '',
    result,
    params,
    cypher,
    ...(needs?.length && { needs }),
  };
}

// Whitespace and every control character: none may reach a header line as it is, since a line
// break there (\n, \r, U+2028, NEL…) would end the comment and turn the rest into Cypher (issue 14).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /[\s\u0000-\u001f\u007f-\u009f]+/;

/** Header text on one line: any run of whitespace or control characters becomes one space. */
const oneLine = (text: string) => text.split(BREAKS).filter(Boolean).join(' ');

function wrap(prefix: string, text: string): string[] {
  const words = text.split(BREAKS).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > 96) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  const pad = `//${' '.repeat(prefix.length + 1)}`;
  return lines.length ? lines.map((l, k) => (k === 0 ? `// ${prefix}${l}` : `${pad}${l}`)) : [`// ${prefix}`.trimEnd()];
}

/** The file text for a query: header block, blank line, Cypher. parseQueryFile reads it back. */
export function formatQueryFile(q: QueryDefinition): string {
  const lines = [`// name:        ${q.name}`, ...wrap('title:       ', q.title), `// result:      ${q.result}`];
  if (q.description) lines.push(...wrap('description: ', q.description));
  for (const p of q.params) {
    const def = p.default === null || p.default === undefined ? '' : ` = ${JSON.stringify(p.default)}`;
    const description = oneLine(p.description);
    const text = `${p.name} ${p.type}${def}${p.required ? ' required' : ''}${description ? ` -- ${description}` : ''}`;
    lines.push(`// param:       ${text}`);
  }
  if (q.needs?.length) lines.push(`// needs:       ${q.needs.join(', ')}`);
  return `${lines.join('\n')}\n\n${q.cypher.trim()}\n`;
}
