/**
 * GraphResponse → nodes.csv and edges.csv (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs pick the encoding). Text cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR first) get a leading apostrophe: leaked data must not execute on a journalist's machine.
 */
import type { GraphResponse } from '../../contract/index.js';
import { EDGE_FIELDS, NODE_FIELDS, edgeValue, nodeValue } from './graph-fields.js';

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;

export function* nodesCsv(graph: GraphResponse): Generator<string> {
  yield CSV_BOM + csvRow(['id', ...NODE_FIELDS.map((f) => f.name)]);
  for (const n of graph.nodes) yield csvRow([n.key, ...NODE_FIELDS.map((f) => nodeValue(n, f.name))]);
}

export function* edgesCsv(graph: GraphResponse): Generator<string> {
  yield CSV_BOM + csvRow(['id', 'source', 'target', ...EDGE_FIELDS.map((f) => f.name)]);
  for (const e of graph.edges)
    yield csvRow([e.key, e.source, e.target, ...EDGE_FIELDS.map((f) => edgeValue(e, f.name))]);
}
