/**
 * A query's rows as a table. Values are shown as text (JSON for nested values), never as HTML.
 */
import type { QueryResult } from '../../../../contract/index.js';
import { plural } from '../common/format.js';

type TableResult = Extract<QueryResult, { kind: 'table' }>;

const cell = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function ResultTable({ result }: { result: TableResult }) {
  return (
    <div class="result-table">
      <p class="muted">
        {plural(result.rows.length, 'row')}
        {result.truncated ? ' (cut at the row limit)' : ''} · {result.ms} ms
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              {result.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <tr key={i}>
                {row.map((v, j) => (
                  <td key={j}>{cell(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A graph result listed as a table of its nodes, for the "as table" switch. */
export function graphAsTable(result: Extract<QueryResult, { kind: 'graph' }>): TableResult {
  return {
    kind: 'table',
    columns: ['id', 'label', 'kind', 'sent', 'received'],
    rows: result.graph.nodes.map((n) => [
      n.key,
      n.attributes.label,
      n.attributes.kind,
      n.attributes.sent,
      n.attributes.received,
    ]),
    truncated: result.truncated,
    ms: result.ms,
  };
}
