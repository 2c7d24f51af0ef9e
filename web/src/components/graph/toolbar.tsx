/**
 * The bar above the graph: what is shown, layout start/stop, fit, undo, mentioned entities, export.
 */
import { useExplorer } from '../../state/actions.js';
import { canUndo, lastEdit, undo, updateFilters, view } from '../../state/store.js';
import { formatCount } from '../common/format.js';
import { ExportMenu } from './export-menu.js';

export function StatusLine() {
  const info = useExplorer().info.value;
  const persons = info.base ? `${formatCount(info.nodes)} nodes · ${formatCount(info.edges)} links` : '';
  return (
    <span class="status" role="status" data-testid="graph-status" data-nodes={info.nodes} data-edges={info.edges}>
      {info.state === 'loading' ? 'Loading…' : info.state === 'error' ? 'Error' : persons}
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
