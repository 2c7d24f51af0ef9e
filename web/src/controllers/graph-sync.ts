/**
 * Keeps the drawn graph in step with the view state (a render-nothing controller, as in
 * gephi-lite): data changes (filters, edits, overlays) go through Explorer.sync; looks (focus,
 * hidden, colouring) only change the reducers' inputs.
 *
 * Each effect reads exactly the fields it needs, through computed signals: a computed signal only
 * notifies when its value changes, so opening a message, switching a tab or typing a query (all
 * changes of `view`) wake none of them. On software WebGL a needless sigma refresh costs seconds.
 */
import { computed, effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';

import { pathIndex, pathResult, queryAsTable, queryResult } from '../state/results.js';
import { view } from '../state/store.js';
import type { Explorer, SyncState } from '../view/explorer.js';

const focus = computed(() => view.value.focus);
const hidden = computed(() => view.value.hidden);
const colorBy = computed(() => view.value.colorBy);

/** The parts of the view that decide which graph is drawn (compared by value: a new key, a new graph). */
const dataKey = computed(() => {
  const v = view.value;
  return JSON.stringify([v.filters, v.expanded, v.removed, v.pinned]);
});

/**
 * The path drawn: only once its result is there. Asking for a path changes nothing drawn until
 * then (a redraw of the same graph in between would cost a frame and end a test's wait early).
 */
const shownPath = computed(() => {
  if (!view.value.path) return null;
  const r = pathResult.value;
  return r.status === 'ok' ? (r.data.paths[pathIndex.value] ?? null) : null;
});

const shownQuery = computed(() => {
  const q = queryResult.value;
  return q.status === 'ok' && q.data.kind === 'graph' && !queryAsTable.value ? q.data.graph : null;
});

function wantedState(): SyncState {
  void dataKey.value; // subscribes to the key; the values themselves are read without subscribing
  const v = view.peek();
  return {
    filters: v.filters,
    expanded: v.expanded,
    removed: v.removed,
    pinned: v.pinned,
    path: shownPath.value,
    query: shownQuery.value,
  };
}

export function useGraphSync(explorer: Explorer): void {
  useEffect(() => {
    const stops = [
      effect(() => {
        const state = wantedState();
        // Re-apply the focus once the node exists (a link, a search or a path may name a node that
        // is only now loaded), moving the camera to it the first time it is there.
        void explorer.sync(state).then(() => explorer.setFocus(focus.peek(), 'if-new'));
      }),
      effect(() => explorer.setFocus(focus.value)),
      effect(() => explorer.setHidden(hidden.value)),
      effect(() => explorer.setColorBy(colorBy.value)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [explorer]);
}
