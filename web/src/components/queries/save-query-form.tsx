/**
 * Saving the editor's Cypher as a named query. Its parameters are the `$names` in the text; the
 * analyst gives each a type (the saved query then gets a generated form like the library's).
 */
import { useState } from 'preact/hooks';

import type { QueryParamType, SaveQueryRequest } from '../../../../contract/index.js';
import { saveQuery } from '../../api/client.js';
import { reloadSavedQueries } from '../../controllers/results-sync.js';
import { paramNames } from './param-names.js';

const TYPES: QueryParamType[] = ['string', 'int', 'float', 'boolean', 'date', 'datetime', 'person', 'string[]'];

export function SaveQueryForm({ cypher, onSaved }: { cypher: string; onSaved(name: string): void }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [result, setResult] = useState<'graph' | 'table'>('table');
  const [types, setTypes] = useState<Record<string, QueryParamType>>({});
  const [error, setError] = useState<string | null>(null);
  const names = paramNames(cypher);

  const submit = async (e: Event) => {
    e.preventDefault();
    const request: SaveQueryRequest = {
      name,
      title: title || name,
      description,
      cypher,
      result,
      params: names.map((n) => ({ name: n, type: types[n] ?? 'string', description: '', required: true })),
    };
    try {
      await saveQuery(request);
      setError(null);
      reloadSavedQueries();
      onSaved(name);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const text = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <form class="save-query" onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span>Name (lower-case, dashes)</span>
        <input required pattern="[a-z0-9][a-z0-9\-]{1,80}" value={name} onInput={text(setName)} />
      </label>
      <label class="field">
        <span>Title</span>
        <input value={title} onInput={text(setTitle)} />
      </label>
      <label class="field">
        <span>Description</span>
        <textarea rows={2} value={description} onInput={text(setDescription)} />
      </label>
      <label class="field">
        <span>Result</span>
        <select
          value={result}
          onChange={(e) => setResult((e.currentTarget as HTMLSelectElement).value as 'graph' | 'table')}
        >
          <option value="table">table</option>
          <option value="graph">graph (returns persons and their links)</option>
        </select>
      </label>
      {names.map((n) => (
        <label key={n} class="field inline">
          <span>${n}</span>
          <select
            value={types[n] ?? 'string'}
            onChange={(e) =>
              setTypes({ ...types, [n]: (e.currentTarget as HTMLSelectElement).value as QueryParamType })
            }
          >
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      ))}
      {error && <p class="error">{error}</p>}
      <button class="primary" type="submit">
        Save query
      </button>
    </form>
  );
}
