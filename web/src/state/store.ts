/**
 * The explorer's shared state as Preact signals. `view` is what a link carries (see url-state.ts)
 * and is mirrored into the address bar; the analyst's edits (expand, hide, pin, remove) live there
 * too, so undo is "go back to the previous edits" and a link reopens the edited view.
 */
import { effect, signal } from '@preact/signals';

import type { GraphFilters } from '../api/client.js';
import { type ViewState, parseViewState, serializeViewState } from './url-state.js';

export const view = signal<ViewState>(parseViewState(location.search));

export function updateView(patch: Partial<ViewState>): void {
  view.value = { ...view.value, ...patch };
}

export function updateFilters(patch: Partial<GraphFilters>): void {
  updateView({ filters: { ...view.value.filters, ...patch } });
}

// ─── edits and undo ────────────────────────────────────────────────────────

export type Edits = Pick<ViewState, 'expanded' | 'hidden' | 'removed' | 'pinned'>;

const MAX_UNDO = 100;
const undoStack = signal<{ label: string; edits: Edits }[]>([]);

export const canUndo = () => undoStack.value.length > 0;
export const lastEdit = () => undoStack.value.at(-1)?.label ?? null;

const snapshot = (v: ViewState): Edits => ({
  expanded: v.expanded,
  hidden: v.hidden,
  removed: v.removed,
  pinned: v.pinned,
});

/** Applies an edit and remembers what it replaced. `label` says what Undo will undo. */
export function edit(label: string, change: (e: Edits) => Partial<Edits>): void {
  const before = snapshot(view.value);
  const patch = change(before);
  undoStack.value = [...undoStack.value.slice(-(MAX_UNDO - 1)), { label, edits: before }];
  updateView(patch);
}

export function undo(): void {
  const last = undoStack.value.at(-1);
  if (!last) return;
  undoStack.value = undoStack.value.slice(0, -1);
  updateView(last.edits);
}

export const toggleIn = (list: string[], id: string): string[] =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
export const addTo = (list: string[], id: string): string[] => (list.includes(id) ? list : [...list, id]);

// ─── address bar ───────────────────────────────────────────────────────────

let applyingHistory = false;

/** Focus, message and document changes push a history entry (Back returns to the previous one); the rest replaces. */
export function syncAddressBar(): () => void {
  let previous = view.value;
  const stop = effect(() => {
    const v = view.value;
    if (applyingHistory) {
      previous = v;
      return;
    }
    const url = `${location.pathname}${serializeViewState(v)}`;
    const navigation = v.focus !== previous.focus || v.message !== previous.message || v.document !== previous.document;
    if (url !== `${location.pathname}${location.search}`) {
      if (navigation) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    previous = v;
  });
  const onPop = () => {
    applyingHistory = true;
    view.value = parseViewState(location.search);
    applyingHistory = false;
  };
  addEventListener('popstate', onPop);
  return () => {
    stop();
    removeEventListener('popstate', onPop);
  };
}
