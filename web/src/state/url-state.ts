/**
 * The view state a link carries: filters, focus, open message, query, path, colouring and the
 * analyst's edits (expanded, hidden, removed nodes). Pure parse/serialise over URLSearchParams, so
 * a copied address reopens the same view. Unknown or malformed values fall back to defaults: a
 * hand-edited link must never stop the app from opening.
 */
import { isEntityType } from '../../../contract/constants.js';
import { DEFAULT_FILTERS, type GraphFilters } from '../api/client.js';

export type ColorBy = 'community' | 'domain';
export type SideTab = 'filters' | 'path' | 'queries' | 'case';

export interface QueryRef {
  name: string;
  params: Record<string, unknown>;
}

export interface ViewState {
  filters: GraphFilters;
  focus: string | null;
  message: string | null;
  /** The open document panel (a Document's SHA-256), over the reader's place. */
  document: string | null;
  colorBy: ColorBy;
  tab: SideTab;
  query: QueryRef | null;
  path: { from: string; to: string } | null;
  expanded: string[];
  hidden: string[];
  removed: string[];
  pinned: string[];
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  focus: null,
  message: null,
  document: null,
  colorBy: 'community',
  tab: 'filters',
  query: null,
  path: null,
  expanded: [],
  hidden: [],
  removed: [],
  pinned: [],
};

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

const list = (v: string | null): string[] =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function int(v: string | null, fallback: number, min: number, max: number): number {
  const n = v === null ? NaN : Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

function params(v: string | null): Record<string, unknown> {
  if (!v) return {};
  try {
    const parsed: unknown = JSON.parse(v);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const entities = p.get('entities');
  const entityTypes = list(entities).filter(isEntityType);
  const [pathFrom, pathTo] = (p.get('path') ?? '').split('~');
  const from = p.get('from');
  const to = p.get('to');
  // docs=1 (all), docs=with, docs=without: documents as nodes and the anomaly filter.
  const docs = p.get('docs');
  const anomalies = docs === 'with' || docs === 'without' ? docs : 'all';
  const doc = p.get('doc');
  return {
    filters: {
      from: from && DATE.test(from) ? from : null,
      to: to && DATE.test(to) ? to : null,
      minCount: int(p.get('min'), DEFAULT_FILTERS.minCount, 1, 1_000_000),
      domains: list(p.get('domains')),
      entities: entities !== null && entities !== '0',
      entityTypes,
      documents: docs !== null && docs !== '0',
      anomalies,
      top: int(p.get('top'), DEFAULT_FILTERS.top, 1, 100_000),
    },
    focus: p.get('focus') || null,
    message: p.get('msg') || null,
    document: doc && /^[0-9a-f]{64}$/.test(doc) ? doc : null,
    colorBy: p.get('color') === 'domain' ? 'domain' : 'community',
    tab: (['filters', 'path', 'queries', 'case'] as const).find((t) => t === p.get('tab')) ?? 'filters',
    query: p.get('q') ? { name: p.get('q')!, params: params(p.get('qp')) } : null,
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    expanded: list(p.get('expand')),
    hidden: list(p.get('hide')),
    removed: list(p.get('remove')),
    pinned: list(p.get('pin')),
  };
}

/** Only what differs from the defaults, so links stay short and readable. */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  const f = s.filters;
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.minCount !== DEFAULT_FILTERS.minCount) p.set('min', String(f.minCount));
  if (f.domains.length) p.set('domains', f.domains.join(','));
  if (f.entities) p.set('entities', f.entityTypes.length ? f.entityTypes.join(',') : '1');
  if (f.documents) p.set('docs', f.anomalies === 'all' ? '1' : f.anomalies);
  if (f.top !== DEFAULT_FILTERS.top) p.set('top', String(f.top));
  if (s.focus) p.set('focus', s.focus);
  if (s.message) p.set('msg', s.message);
  if (s.document) p.set('doc', s.document);
  if (s.colorBy !== DEFAULT_VIEW.colorBy) p.set('color', s.colorBy);
  if (s.tab !== DEFAULT_VIEW.tab) p.set('tab', s.tab);
  if (s.query) {
    p.set('q', s.query.name);
    if (Object.keys(s.query.params).length) p.set('qp', JSON.stringify(s.query.params));
  }
  if (s.path) p.set('path', `${s.path.from}~${s.path.to}`);
  if (s.expanded.length) p.set('expand', s.expanded.join(','));
  if (s.hidden.length) p.set('hide', s.hidden.join(','));
  if (s.removed.length) p.set('remove', s.removed.join(','));
  if (s.pinned.length) p.set('pin', s.pinned.join(','));
  const text = p.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}
