/**
 * ⑦ JSON → view: typed calls to the leakgraph API, one function per endpoint. The types and shared
 * values come from the API contract (contract/), so a contract change breaks this build.
 * Paths are relative: the app is served by `leakgraph serve` (or Vite's proxy) next to /api.
 */
import type {
  CompactGraphResponse,
  DocumentAnomalyFilter,
  DocumentDetail,
  DocumentSpread,
  DrawnGraph,
  ErrorBody,
  ExportFormat,
  GraphResponse,
  MessageDetail,
  MessageSummary,
  Page,
  PathResponse,
  PersonDetail,
  QueryResult,
  SaveQueryRequest,
  SavedQuery,
  SearchKind,
  SearchResponse,
  StatsResponse,
} from '../../../contract/index.js';
import { expandCompactGraph } from '../../../contract/compact-graph.js';
import { type EntityType, EXPLORER_GRAPH_FORM, FIRST_VIEW } from '../../../contract/constants.js';

/** The graph filters the analyst sets; the same shape feeds /api/graph, /api/export and the URL. */
export interface GraphFilters {
  from: string | null;
  to: string | null;
  minCount: number;
  domains: string[];
  entities: boolean;
  entityTypes: EntityType[];
  /** Documents as nodes (issue 12), and which of them: with anomalies, without, or all. */
  documents: boolean;
  anomalies: DocumentAnomalyFilter;
  top: number;
}

/** The overview opens on the contract's first view; the analyst can raise `top`, the graph says how many persons it leaves out. */
export const DEFAULT_FILTERS: GraphFilters = {
  from: null,
  to: null,
  minCount: FIRST_VIEW.minCount,
  domains: [],
  entities: false,
  entityTypes: [],
  documents: false,
  anomalies: 'all',
  top: FIRST_VIEW.top,
};

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly path: string,
    readonly body: ErrorBody | null,
  ) {
    super(message);
  }
}

async function failure(res: Response, path: string): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  const reason = (body as { reason?: string } | null)?.reason;
  const message = body?.error ? `${body.error}${reason ? `: ${reason}` : ''}` : `${res.status} ${res.statusText}`;
  return new ApiError(res.status, message, path, body);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...(signal && { signal }) });
  if (!res.ok) throw await failure(res, path);
  return (await res.json()) as T;
}

async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal && { signal }),
  });
  if (!res.ok) throw await failure(res, path);
  return (await res.json()) as T;
}

/** A state-changing request (POST/PUT/DELETE with a JSON body); the answer's JSON, or null for 204. */
export async function sendJson<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown = {}): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await failure(res, path);
  return (res.status === 204 ? null : await res.json()) as T;
}

export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function filterParams(f: GraphFilters): Record<string, string | number | boolean | null> {
  return {
    from: f.from,
    to: f.to,
    minCount: f.minCount,
    domains: f.domains.length ? f.domains.join(',') : null,
    entities: f.entities ? true : null,
    entityTypes: f.entities && f.entityTypes.length ? f.entityTypes.join(',') : null,
    documents: f.documents ? true : null,
    anomalies: f.documents && f.anomalies !== 'all' ? f.anomalies : null,
    top: f.top,
  };
}

const enc = encodeURIComponent;

/** The request for the filtered graph, in the form the explorer reads (the server reads the first view ahead in it). */
export const graphPath = (f: GraphFilters) => `api/graph${query({ ...filterParams(f), form: EXPLORER_GRAPH_FORM })}`;

/** The filtered graph in the compact form (edges as columns: a tenth of the bytes on a large overview), expanded here. */
export const fetchGraph = async (f: GraphFilters, signal?: AbortSignal): Promise<DrawnGraph> =>
  expandCompactGraph(await getJson<CompactGraphResponse>(graphPath(f), signal));

/** One person's neighbourhood; with `documents.documents`, also the documents the person sent or received (issue 12). */
export const fetchNeighbors = (
  personId: string,
  minCount: number,
  limit = 200,
  documents: Pick<GraphFilters, 'documents' | 'anomalies'> = { documents: false, anomalies: 'all' },
) =>
  getJson<GraphResponse>(
    `api/persons/${enc(personId)}/neighbors${query({
      minCount,
      limit,
      documents: documents.documents ? true : null,
      anomalies: documents.documents && documents.anomalies !== 'all' ? documents.anomalies : null,
    })}`,
  );

export const fetchStats = () => getJson<StatsResponse>('api/stats');

/** A time window as the filters hold it (YYYY-MM-DD or ISO bounds, either open). */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const search = (q: string, kinds: SearchKind[] = [], limit = 30, signal?: AbortSignal, window?: DateRange) =>
  getJson<SearchResponse>(
    `api/search${query({ q, kinds: kinds.join(','), limit, from: window?.from, to: window?.to })}`,
    signal,
  );

export const fetchPerson = (id: string, window?: DateRange) =>
  getJson<PersonDetail>(`api/persons/${enc(id)}${query({ from: window?.from, to: window?.to })}`);

export interface PersonMessagesQuery {
  offset: number;
  limit: number;
  sort: 'date' | '-date' | 'subject' | '-subject';
  role: 'all' | 'sent' | 'received';
  with?: string | null;
  from?: string | null;
  to?: string | null;
}

export const fetchPersonMessages = (id: string, q: PersonMessagesQuery) =>
  getJson<Page<MessageSummary>>(`api/persons/${enc(id)}/messages${query({ ...q })}`);

export const fetchPath = (from: string, to: string, maxHops = 6, limit = 5) =>
  getJson<PathResponse>(`api/path${query({ from, to, maxHops, limit })}`);

export const fetchMessage = (id: string) => getJson<MessageDetail>(`api/messages/${enc(id)}`);

/** The original bytes of one copy as text (the server picks the first copy unless told). */
export async function fetchRawSource(id: string, copyKey?: string): Promise<string> {
  const path = `api/messages/${enc(id)}/raw${query({ copy: copyKey })}`;
  const res = await fetch(path, { headers: { accept: 'text/plain, message/rfc822' } });
  if (!res.ok) throw await failure(res, path);
  return res.text();
}

export const fetchDocument = (sha256: string) => getJson<DocumentDetail>(`api/documents/${enc(sha256)}`);

export const fetchDocumentSpread = (sha256: string) => getJson<DocumentSpread>(`api/documents/${enc(sha256)}/spread`);

/** The document's original bytes (the server re-checks the hash; a link, so the browser saves the file). */
export const documentRawUrl = (sha256: string) => `api/documents/${enc(sha256)}/raw`;

export const listQueries = () => getJson<SavedQuery[]>('api/queries');

export const saveQuery = (q: SaveQueryRequest) => postJson<SavedQuery>('api/queries', q);

export const runSavedQuery = (name: string, params: Record<string, unknown>, limit = 1_000) =>
  postJson<QueryResult>(`api/queries/${enc(name)}/run`, { params, limit });

export type ResultMode = 'auto' | 'graph' | 'table';

export const runCypher = (
  cypher: string,
  result: ResultMode = 'auto',
  params: Record<string, unknown> = {},
  limit = 1_000,
) => postJson<QueryResult>('api/cypher', { cypher, params, limit, result });

export interface ExportTarget {
  filters: GraphFilters;
  /** Exactly these persons, or the graph result of a saved query, or else the filtered graph. */
  ids?: string[];
  query?: { name: string; params: Record<string, unknown> };
  redact?: boolean;
}

export function exportUrl(format: ExportFormat, target: ExportTarget): string {
  return `api/export${query({
    format,
    ...filterParams(target.filters),
    ids: target.ids?.length ? target.ids.join(',') : null,
    query: target.query?.name,
    params: target.query ? JSON.stringify(target.query.params) : null,
    redact: target.redact ? true : null,
  })}`;
}

/** POST /api/export for long selections: the file comes back as a Blob with the server's file name. */
export async function exportByPost(
  format: ExportFormat,
  target: ExportTarget,
): Promise<{ blob: Blob; fileName: string }> {
  const f = target.filters;
  const body = {
    format,
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    minCount: f.minCount,
    top: f.top,
    entities: f.entities,
    documents: f.documents,
    ...(f.documents && f.anomalies !== 'all' && { anomalies: f.anomalies }),
    ...(f.domains.length && { domains: f.domains }),
    ...(f.entities && f.entityTypes.length && { entityTypes: f.entityTypes }),
    ...(target.ids && { ids: target.ids }),
    ...(target.query && { query: target.query.name, params: target.query.params }),
    redact: !!target.redact,
  };
  const res = await fetch('api/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await failure(res, 'api/export');
  const disposition = res.headers.get('content-disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `leakgraph-export.${format}`;
  return { blob: await res.blob(), fileName };
}
