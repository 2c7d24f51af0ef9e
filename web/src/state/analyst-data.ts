/**
 * After a change to the graph's data made from the explorer: `dataVersion` (a merge, a split, an
 * undo) tells panels to read persons again, `notesVersion` (a note, tag or bookmark) tells the
 * annotation panels and the case list. A correction's result also moves the view in place —
 * ids of persons that are gone are replaced by the person now holding their addresses, in the
 * focus, the edits and the path — before the graph is read again with its layout kept.
 */
import { signal } from '@preact/signals';

import type { CorrectionResult } from '../../../contract/index.js';
import type { Explorer } from '../view/explorer.js';
import { pathDraft } from './results.js';
import { updateView, view } from './store.js';

export const dataVersion = signal(0);

export const bumpData = () => (dataVersion.value = dataVersion.value + 1);

export const notesVersion = signal(0);
export const bumpNotes = () => (notesVersion.value = notesVersion.value + 1);

function remapList(list: string[], map: Record<string, string>): string[] {
  return [...new Set(list.map((id) => map[id] ?? id))];
}

/** The view with every gone person id replaced (pure: tested without a browser). */
export function remapView<
  V extends Pick<typeof view.value, 'focus' | 'expanded' | 'hidden' | 'removed' | 'pinned' | 'path'>,
>(v: V, map: Record<string, string>): Partial<V> {
  const one = (id: string | null) => (id ? (map[id] ?? id) : id);
  return {
    focus: one(v.focus),
    expanded: remapList(v.expanded, map),
    hidden: remapList(v.hidden, map),
    removed: remapList(v.removed, map),
    pinned: remapList(v.pinned, map),
    path: v.path ? { from: map[v.path.from] ?? v.path.from, to: map[v.path.to] ?? v.path.to } : null,
  } as Partial<V>;
}

export async function applyCorrection(explorer: Explorer, result: CorrectionResult): Promise<void> {
  const map = result.replacedBy;
  const draft = pathDraft.value;
  if (draft.from && map[draft.from.id]) pathDraft.value = { ...pathDraft.value, from: null };
  if (draft.to && map[draft.to.id]) pathDraft.value = { ...pathDraft.value, to: null };
  const reloading = explorer.reloadData();
  updateView(remapView(view.value, map));
  bumpData();
  await reloading;
}
