/**
 * The time filter, visible wherever the analyst is: a chip in the top bar with the window the
 * whole explorer is limited to (graph, person panel, search), cleared in one click.
 */
import { updateFilters, view } from '../state/store.js';
import { windowLabel } from './common/time-window.js';

export function TimeChip() {
  const { from, to } = view.value.filters;
  const label = windowLabel({ from, to });
  if (!label) return null;
  return (
    <span
      class="time-chip"
      role="status"
      data-testid="time-chip"
      title="Everything shown is limited to this time window"
    >
      <span class="time-chip-label">🕑 {label}</span>
      <button
        class="time-chip-clear"
        aria-label={`clear the time filter (${label})`}
        title="Show all dates"
        onClick={() => updateFilters({ from: null, to: null })}
      >
        ×
      </button>
    </span>
  );
}
