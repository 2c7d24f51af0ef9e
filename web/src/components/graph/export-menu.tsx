/**
 * Export of the current view: PNG drawn in the browser (@sigma/export-image), everything else from
 * /api/export. When the analyst has edited the view (expanded, hidden, removed, a path), the export
 * names exactly the persons on screen; otherwise it sends the filters and the server exports the
 * same filtered graph. Short selections download by GET (streamed to disk); long ones by POST.
 */
import { useState } from 'preact/hooks';

import { MAX_EXPORT_IDS, MAX_LIST_ITEMS } from '../../../../contract/constants.js';
import type { ExportFormat } from '../../../../contract/index.js';
import { type ExportTarget, exportByPost, exportUrl } from '../../api/client.js';
import { useExplorer } from '../../state/actions.js';
import { view } from '../../state/store.js';
import type { Explorer } from '../../view/explorer.js';

const FORMATS: [ExportFormat, string][] = [
  ['gexf', 'GEXF (Gephi)'],
  ['graphml', 'GraphML'],
  ['csv', 'CSV (nodes and edges, zip)'],
  ['json', 'JSON (graphology)'],
  ['cypher', 'Cypher script'],
  ['bundle', 'Story bundle (messages + provenance, zip)'],
];

export function exportTarget(explorer: Explorer, redact: boolean): { target: ExportTarget; note: string | null } {
  const v = view.value;
  const edited =
    v.expanded.length + v.hidden.length + v.removed.length > 0 ||
    explorer.graph.someNode((_, a) => a.origin !== 'base');
  const filters = v.filters;
  if (!edited) return { target: { filters, redact }, note: null };
  const persons = explorer.visibleNodes().filter((id) => explorer.graph.getNodeAttribute(id, 'kind') === 'person');
  if (persons.length > MAX_EXPORT_IDS) {
    return {
      target: { filters, redact },
      note: `The view has ${persons.length} persons, more than an export can list; the filtered graph was exported instead.`,
    };
  }
  return { target: { filters, ids: persons, redact }, note: null };
}

function download(href: string, fileName = ''): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

export function ExportMenu() {
  const explorer = useExplorer();
  const [open, setOpen] = useState(false);
  const [redact, setRedact] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: ExportFormat | 'png') => {
    setNote(null);
    setBusy(true);
    try {
      if (format === 'png') await explorer.downloadPNG('leakgraph-view');
      else {
        const { target, note } = exportTarget(explorer, redact);
        setNote(note);
        // A URL carries as many ids as the API's list limit; longer selections go by POST.
        if ((target.ids?.length ?? 0) <= MAX_LIST_ITEMS) download(exportUrl(format, target));
        else {
          const { blob, fileName } = await exportByPost(format, target);
          const url = URL.createObjectURL(blob);
          download(url, fileName);
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        }
        if (note) return;
      }
      setOpen(false);
    } catch (error) {
      setNote(`Export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="menu">
      <button aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)} title="Export the current view">
        Export ▾
      </button>
      {open && (
        <div
          class="menu-panel"
          role="menu"
          aria-label="export formats"
          aria-busy={busy}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          <button role="menuitem" onClick={() => void exportAs('png')}>
            PNG image
          </button>
          {FORMATS.map(([format, label]) => (
            <button key={format} role="menuitem" data-format={format} onClick={() => void exportAs(format)}>
              {label}
            </button>
          ))}
          <label class="check">
            <input
              type="checkbox"
              checked={redact}
              onChange={(e) => setRedact((e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            Bundle: replace addresses of people outside the view
          </label>
          {note && <p class="note">{note}</p>}
        </div>
      )}
    </div>
  );
}
