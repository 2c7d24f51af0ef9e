/**
 * The bar above the graph: what is shown, layout start/stop, fit, undo, mentioned entities, export.
 */
import { useExplorer } from '../../state/actions.js';
import type { GraphInfo } from '../../view/explorer.js';
import { canUndo, lastEdit, undo, updateFilters, view } from '../../state/store.js';
import { formatCount } from '../common/format.js';
import { ExportMenu } from './export-menu.js';

function statusText(info: GraphInfo): string {
  if (info.settling !== null) return `Laying out… ${Math.round(info.settling * 100)} %`;
  if (info.state === 'loading') return 'Loading…';
  if (info.state === 'error') return 'Error';
  return info.base ? `${formatCount(info.nodes)} nodes · ${formatCount(info.edges)} links` : '';
}

export function StatusLine() {
  const info = useExplorer().info.value;
  return (
    <span class="status" role="status" data-testid="graph-status" data-nodes={info.nodes} data-edges={info.edges}>
      {statusText(info)}
    </span>
  );
}

export function Toolbar({ onHelp }: { onHelp(): void }) {
  const explorer = useExplorer();
  const info = explorer.info.value;
  const v = view.value;
  const undoLabel = lastEdit();
  return (
    <div class="toolbar" role="toolbar" aria-label="graph tools">
      <StatusLine />
      <label class="check" title="Show people, organisations and places mentioned in the mail as a second kind of node">
        <input
          type="checkbox"
          checked={v.filters.entities}
          onChange={(e) => updateFilters({ entities: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        Mentions
      </label>
      <button onClick={() => explorer.toggleLayout()} aria-pressed={info.layoutRunning} title="Run ForceAtlas2 (l)">
        {info.layoutRunning ? '■ Stop layout' : '▶ Layout'}
      </button>
      <button onClick={() => explorer.fit()} title="Fit the graph in view (f)">
        Fit
      </button>
      <button onClick={undo} disabled={!canUndo()} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
        ↶ Undo{undoLabel ? ` ${undoLabel}` : ''}
      </button>
      <ExportMenu />
      <button onClick={onHelp} title="Keyboard shortcuts (?)" aria-label="keyboard shortcuts">
        ?
      </button>
    </div>
  );
}
