/**
 * Fetches what the view state names but the graph engine does not own: the path between two
 * persons, the saved-query result, the saved-query list and the database statistics.
 */
import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { fetchPath, fetchStats, listQueries, runSavedQuery } from '../api/client.js';
import { pathDraft, pathIndex, pathResult, queryResult, savedQueries, stats } from '../state/results.js';
import { view } from '../state/store.js';

const failed = (e: Error) => ({ status: 'error' as const, error: e.message });

export function reloadSavedQueries(): void {
  savedQueries.value = { status: 'loading' };
  listQueries().then(
    (data) => (savedQueries.value = { status: 'ok', data }),
    (e: Error) => (savedQueries.value = failed(e)),
  );
}

export function useResultsSync(): void {
  useEffect(() => {
    stats.value = { status: 'loading' };
    fetchStats().then(
      (data) => (stats.value = { status: 'ok', data }),
      (e: Error) => (stats.value = failed(e)),
    );
    reloadSavedQueries();

    let pathKey = '';
    let queryKey = '';
    const stops = [
      effect(() => {
        const p = view.value.path;
        const key = p ? `${p.from}~${p.to}` : '';
        if (key === pathKey) return;
        pathKey = key;
        pathIndex.value = 0;
        if (!p) {
          pathResult.value = { status: 'idle' };
          return;
        }
        pathResult.value = { status: 'loading' };
        fetchPath(p.from, p.to).then(
          (data) => {
            if (key !== pathKey) return;
            pathResult.value = { status: 'ok', data };
            // A reopened link names the ends by id: give the pickers their names back.
            pathDraft.value = { from: data.from, to: data.to };
          },
          (e: Error) => key === pathKey && (pathResult.value = failed(e)),
        );
      }),
      effect(() => {
        const q = view.value.query;
        const key = q ? JSON.stringify(q) : '';
        if (key === queryKey) return;
        queryKey = key;
        if (!q) return;
        queryResult.value = { status: 'loading' };
        runSavedQuery(q.name, q.params).then(
          (data) => key === queryKey && (queryResult.value = { status: 'ok', data }),
          (e: Error) => key === queryKey && (queryResult.value = failed(e)),
        );
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
}
