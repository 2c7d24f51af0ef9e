/**
 * Saved queries and the Cypher editor. A saved query shows a form made from its parameters and
 * runs on the server (read-only, enforced there); graph results are drawn over the graph or listed,
 * table results are listed. The editor runs ad-hoc Cypher the same way and can save it.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import type { SavedQuery } from '../../../../contract/index.js';
import { type ResultMode, runCypher } from '../../api/client.js';
import { queryAsTable, queryResult, savedQueries } from '../../state/results.js';
import { updateView, view } from '../../state/store.js';
import type { CypherEditorProps } from './cypher-editor.js';
import { ParamForm, type ParamValues, defaultValues, missingRequired } from './param-form.js';
import { ResultTable, graphAsTable } from './result-table.js';
import { SaveQueryForm } from './save-query-form.js';

function Result() {
  const r = queryResult.value;
  if (r.status === 'idle') return null;
  if (r.status === 'loading') return <p class="muted">Running…</p>;
  if (r.status === 'error')
    return (
      <p class="error" role="alert">
        {r.error}
      </p>
    );
  const clear = () => {
    queryResult.value = { status: 'idle' };
    updateView({ query: null });
  };
  const notes = r.data.notes?.length ? (
    <ul class="notes">
      {r.data.notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  ) : null;
  if (r.data.kind === 'table') {
    return (
      <section aria-label="query result" data-testid="query-result">
        <button class="link" onClick={clear}>
          clear result
        </button>
        {notes}
        <ResultTable result={r.data} />
      </section>
    );
  }
  const g = r.data.graph;
  return (
    <section aria-label="query result" data-testid="query-result">
      <p>
        {g.nodes.length} nodes, {g.edges.length} links{r.data.truncated ? ' (cut at the limit)' : ''} · {r.data.ms} ms{' '}
        <button class="link" onClick={() => (queryAsTable.value = !queryAsTable.value)}>
          {queryAsTable.value ? 'show on the graph' : 'show as a table'}
        </button>
        {' · '}
        <button class="link" onClick={clear}>
          clear
        </button>
      </p>
      {notes}
      {queryAsTable.value && <ResultTable result={graphAsTable(r.data)} />}
    </section>
  );
}

function SavedQueryForm({ q }: { q: SavedQuery }) {
  const current = view.value.query;
  const [values, setValues] = useState<ParamValues>(
    defaultValues(q.params, current?.name === q.name ? current.params : {}),
  );
  const missing = missingRequired(q.params, values);
  return (
    <form
      class="saved-query"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0) updateView({ query: { name: q.name, params: values } });
      }}
    >
      {q.description && <p class="muted">{q.description}</p>}
      <ParamForm params={q.params} values={values} onChange={setValues} />
      <button
        class="primary"
        type="submit"
        disabled={missing.length > 0}
        title={missing.length ? `needs ${missing.join(', ')}` : `Run ${q.title}`}
      >
        Run
      </button>
    </form>
  );
}

function Editor() {
  const [cypher, setCypher] = useState(
    'MATCH (p:Person)-[e:EMAILED]->(q:Person)\nWHERE e.count >= 10\nRETURN p, e, q\nLIMIT 200',
  );
  const [saving, setSaving] = useState(false);
  const [mode, setMode] = useState<ResultMode>('auto');
  // CodeMirror is most of the app's code and few sessions write Cypher: load it when the editor shows.
  const [CypherEditor, setCypherEditor] = useState<FunctionComponent<CypherEditorProps> | null>(null);
  useEffect(() => void import('./cypher-editor.js').then((m) => setCypherEditor(() => m.CypherEditor)), []);
  const run = () => {
    updateView({ query: null });
    queryResult.value = { status: 'loading' };
    runCypher(cypher, mode).then(
      (data) => (queryResult.value = { status: 'ok', data }),
      (e: Error) => (queryResult.value = { status: 'error', error: e.message }),
    );
  };
  return (
    <section class="editor" aria-label="Cypher editor">
      <h3>Cypher</h3>
      {CypherEditor ? (
        <CypherEditor value={cypher} onChange={setCypher} onRun={run} />
      ) : (
        <p class="muted">Loading the editor…</p>
      )}
      <div class="row">
        <button class="primary" onClick={run} title="Run (Ctrl+Enter); the server refuses anything that writes">
          Run
        </button>
        <select
          aria-label="show the result as"
          value={mode}
          onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as ResultMode)}
        >
          <option value="auto">graph if it returns nodes</option>
          <option value="graph">graph</option>
          <option value="table">table</option>
        </select>
        <button onClick={() => setSaving(!saving)} aria-expanded={saving}>
          Save as…
        </button>
      </div>
      {saving && <SaveQueryForm cypher={cypher} onSaved={() => setSaving(false)} />}
    </section>
  );
}

export function QueriesPanel() {
  const list = savedQueries.value;
  const [selected, setSelected] = useState<string | null>(view.value.query?.name ?? null);
  const queries = list.status === 'ok' ? list.data : [];
  const q = queries.find((x) => x.name === selected) ?? null;
  return (
    <div class="queries">
      <label class="field">
        <span>Saved queries</span>
        <select
          value={selected ?? ''}
          onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value || null)}
        >
          <option value="">{list.status === 'error' ? `unavailable: ${list.error}` : 'choose a query…'}</option>
          {(['library', 'analyst'] as const).map((source) => (
            <optgroup key={source} label={source === 'library' ? 'Library' : 'Yours'}>
              {queries
                .filter((x) => x.source === source)
                .map((x) => (
                  <option key={x.name} value={x.name}>
                    {x.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {q && <SavedQueryForm key={q.name} q={q} />}
      <Editor />
      <Result />
    </div>
  );
}
