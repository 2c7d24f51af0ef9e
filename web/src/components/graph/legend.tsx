/**
 * The colour key over the graph, with the switch between community and domain colouring.
 */
import { useState } from 'preact/hooks';

import type { LegendEntry } from '../../graph/style.js';
import { useExplorer } from '../../state/actions.js';
import { updateView, view } from '../../state/store.js';
import { formatCount } from '../common/format.js';

function Rows({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul class="legend-rows">
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

export function Legend() {
  const explorer = useExplorer();
  const coloring = explorer.info.value.coloring;
  const colorBy = view.value.colorBy;
  const [open, setOpen] = useState(true);
  if (!coloring) return null;
  return (
    <section class={`legend${open ? '' : ' closed'}`} aria-label="colour key">
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
        <button
          class="link"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          title={open ? 'Fold the key' : 'Show the key'}
        >
          {open ? 'hide' : 'key'}
        </button>
      </div>
      {open && (
        <>
          <Rows entries={colorBy === 'community' ? coloring.communityLegend : coloring.domainLegend} />
          {coloring.entityLegend.length > 0 && (
            <>
              <h3>Mentioned</h3>
              <Rows entries={coloring.entityLegend} />
            </>
          )}
          <p class="legend-note">Size: messages sent and received · width: messages between two people</p>
        </>
      )}
    </section>
  );
}
