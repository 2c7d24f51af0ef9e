/**
 * The colour key, docked under the graph (never over it), with the switch between community and
 * domain colouring. It folds to one line. Its height is fixed open and fixed folded, so a new
 * graph with a longer key never resizes the canvas (a resize redraws the graph).
 */
import type { LegendEntry } from '../../graph/style.js';
import { useExplorer } from '../../state/actions.js';
import { updateView, view } from '../../state/store.js';
import { formatCount } from '../common/format.js';

function Rows({ entries, title }: { entries: LegendEntry[]; title?: string }) {
  return (
    <ul class="legend-rows" aria-label={title}>
      {entries.map((e) => (
        <li key={e.key}>
          <span class="swatch" style={{ background: e.color }} aria-hidden="true" />
          <span class="legend-label" title={e.label}>
            {e.label}
          </span>
          <span class="legend-count">{formatCount(e.count)}</span>
        </li>
      ))}
    </ul>
  );
}

export function Legend({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const explorer = useExplorer();
  const coloring = explorer.info.value.coloring;
  const colorBy = view.value.colorBy;
  return (
    <section class={`legend${open ? ' open' : ''}`} aria-label="colour key">
      <div class="legend-head">
        <div class="segmented" role="radiogroup" aria-label="colour nodes by">
          {(['community', 'domain'] as const).map((mode) => (
            <button
              key={mode}
              role="radio"
              aria-checked={colorBy === mode}
              class={colorBy === mode ? 'on' : ''}
              onClick={() => updateView({ colorBy: mode })}
            >
              {mode === 'community' ? 'Community' : 'Domain'}
            </button>
          ))}
        </div>
        <span class="legend-note">Size: messages sent and received · width: messages between two people</span>
        <button class="link" aria-expanded={open} onClick={onToggle} title={open ? 'Fold the key' : 'Show the key'}>
          {open ? 'hide key' : 'show key'}
        </button>
      </div>
      {open && coloring && (
        <div class="legend-body">
          <Rows entries={colorBy === 'community' ? coloring.communityLegend : coloring.domainLegend} />
          {coloring.entityLegend.length > 0 && (
            <>
              <h3>Mentioned</h3>
              <Rows entries={coloring.entityLegend} title="mentioned" />
            </>
          )}
          {coloring.documentLegend.length > 0 && (
            <>
              <h3>Attached documents</h3>
              <Rows entries={coloring.documentLegend} title="attached documents" />
            </>
          )}
        </div>
      )}
    </section>
  );
}
