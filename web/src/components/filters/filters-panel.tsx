/**
 * Filters: time range (brush + date fields), minimum messages per link, how many persons to draw,
 * organisation domains, the mentioned entities' types and attached documents (with or without anomalies). Each change is a new view (and link).
 */
import { useState } from 'preact/hooks';

import { ENTITY_TYPES } from '../../../../contract/constants.js';
import type { DocumentAnomalyFilter } from '../../../../contract/index.js';
import { domainChoices } from '../../graph/communities.js';
import { ENTITY_NAMES } from '../../graph/style.js';
import { useExplorer } from '../../state/actions.js';
import { stats } from '../../state/results.js';
import { updateFilters, view } from '../../state/store.js';
import { formatCount, formatDay } from '../common/format.js';
import { HistogramBrush } from './histogram-brush.js';

function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  hint,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(n: number): void;
  hint?: string;
}) {
  const [text, setText] = useState(String(value));
  const commit = () => {
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max) onCommit(n);
    else setText(String(value));
  };
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {hint && <small class="muted">{hint}</small>}
    </label>
  );
}

function DomainList() {
  const explorer = useExplorer();
  const [needle, setNeedle] = useState('');
  const chosen = view.value.filters.domains;
  const info = explorer.info.value;
  // Counts are persons drawn now (a domain seen in an earlier view stays listed, at 0).
  const all = domainChoices(info.domains, info.coloring?.domainCounts ?? new Map<string, number>());
  const shown = all.filter(([d]) => chosen.includes(d) || d.includes(needle.toLowerCase())).slice(0, 40);
  const toggle = (d: string) =>
    updateFilters({ domains: chosen.includes(d) ? chosen.filter((x) => x !== d) : [...chosen, d] });
  return (
    <fieldset class="domains">
      <legend>
        Domains <span class="muted">(persons in this view)</span>{' '}
        {chosen.length > 0 && (
          <button class="link" onClick={() => updateFilters({ domains: [] })}>
            all
          </button>
        )}
      </legend>
      <input
        type="search"
        placeholder="filter domains"
        aria-label="filter the domain list"
        value={needle}
        onInput={(e) => setNeedle((e.currentTarget as HTMLInputElement).value)}
      />
      <ul>
        {shown.map(([d, n]) => (
          <li key={d} data-domain={d} data-count={n}>
            <label class="check">
              <input type="checkbox" checked={chosen.includes(d)} onChange={() => toggle(d)} /> {d}{' '}
              <span class="muted" title={`${formatCount(n)} persons of this domain in the view`}>
                {formatCount(n)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function FiltersPanel() {
  const f = view.value.filters;
  const s = stats.value;
  return (
    <div class="filters">
      <section aria-label="time range">
        <h3>Time</h3>
        {s.status === 'ok' ? (
          <HistogramBrush
            histogram={s.data.histogram}
            value={{ from: f.from, to: f.to }}
            onChange={(r) => updateFilters(r)}
          />
        ) : (
          <p class="muted">{s.status === 'error' ? `No histogram: ${s.error}` : 'Loading…'}</p>
        )}
        <div class="dates">
          <label>
            <span>From</span>
            <input
              type="date"
              value={f.from?.slice(0, 10) ?? ''}
              onChange={(e) => updateFilters({ from: (e.currentTarget as HTMLInputElement).value || null })}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="date"
              value={f.to?.slice(0, 10) ?? ''}
              onChange={(e) => updateFilters({ to: (e.currentTarget as HTMLInputElement).value || null })}
            />
          </label>
          {(f.from || f.to) && (
            <button class="link" onClick={() => updateFilters({ from: null, to: null })}>
              all time
            </button>
          )}
        </div>
        {s.status === 'ok' && (
          <small class="muted">
            Mail from {formatDay(s.data.dates.first)} to {formatDay(s.data.dates.last)}
          </small>
        )}
      </section>
      <section aria-label="volume">
        <h3>Volume</h3>
        <NumberField
          key={`min-${f.minCount}`}
          label="Minimum messages per link"
          value={f.minCount}
          min={1}
          max={1_000_000}
          onCommit={(minCount) => updateFilters({ minCount })}
        />
        <NumberField
          key={`top-${f.top}`}
          label="Persons drawn (most active first)"
          value={f.top}
          min={1}
          max={100_000}
          onCommit={(top) => updateFilters({ top })}
          hint="the overview stays fluid up to about 20,000"
        />
      </section>
      <DomainList />
      <fieldset>
        <legend>Mentioned entities</legend>
        <ShowAsNodes on={f.entities} onChange={(entities) => updateFilters({ entities })} />
        {f.entities &&
          ENTITY_TYPES.map((t) => (
            <label key={t} class="check">
              <input
                type="checkbox"
                checked={f.entityTypes.length === 0 || f.entityTypes.includes(t)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const current = f.entityTypes.length ? f.entityTypes : ENTITY_TYPES;
                  const next = on ? [...current, t] : current.filter((x) => x !== t);
                  if (next.length === 0) updateFilters({ entities: false, entityTypes: [] });
                  else updateFilters({ entityTypes: next.length === ENTITY_TYPES.length ? [] : next });
                }}
              />{' '}
              {ENTITY_NAMES[t]}
            </label>
          ))}
      </fieldset>
      <DocumentFilter />
    </div>
  );
}

/** The switch that adds a second kind of node (entities, documents) to the person graph. */
function ShowAsNodes({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />{' '}
      show as nodes
    </label>
  );
}

const ANOMALY_CHOICES: [DocumentAnomalyFilter, string][] = [
  ['all', 'all documents'],
  ['with', 'with anomalies'],
  ['without', 'without anomalies'],
];

/** Documents as nodes (issue 12): Person → Document for what each person sent or received. */
function DocumentFilter() {
  const f = view.value.filters;
  return (
    <fieldset class="documents">
      <legend>Attached documents</legend>
      <ShowAsNodes on={f.documents} onChange={(documents) => updateFilters({ documents })} />
      {f.documents &&
        ANOMALY_CHOICES.map(([value, label]) => (
          <label key={value} class="check">
            <input
              type="radio"
              name="document-anomalies"
              checked={f.anomalies === value}
              onChange={() => updateFilters({ anomalies: value })}
            />{' '}
            {label}
          </label>
        ))}
    </fieldset>
  );
}
