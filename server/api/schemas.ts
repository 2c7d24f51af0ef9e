/**
 * The API contract: request schemas (zod, validated at the edge) and response shapes. The web app
 * imports these types with `import type`, so a change here that breaks the view breaks its build.
 *
 * Conventions: dates are ISO 8601 strings (with the sender's offset where the graph has it);
 * counts are numbers; ids are the graph's keys (Person.id "p-…", Message.id, Address.email,
 * Entity.key); every error is an ErrorBody with a 4xx/5xx status.
 */
import { z } from 'zod';

// ─── common ────────────────────────────────────────────────────────────────

/** Every error response: what went wrong, and for invalid input, where. */
export interface ErrorBody {
  error: string;
  details?: unknown;
}

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());
const csv = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().min(1)).max(500));
/** A mail domain as the graph stores it (lower-case labels); nothing else may reach a query or an export. */
const domain = z.string().regex(/^[a-z0-9.-]{1,253}$/i, 'expecting a domain such as example.com');

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export type VerificationStatus = 'verified' | 'contradicted' | 'unverifiable';

export interface PersonRef {
  id: string;
  name: string;
}

export interface AddressRef {
  email: string;
  name: string | null;
  personId: string | null;
}

export interface MessageSummary {
  id: string;
  subject: string;
  date: string | null;
  from: AddressRef | null;
  /** Number of recipients (to + cc + bcc). */
  recipients: number;
  hasAttachments: boolean;
  status: VerificationStatus | null;
  conflict: boolean;
  threadId: string | null;
}

// ─── graph (GET /api/graph, /api/persons/:id/neighbors, query results, exports) ───────────

export const graphQuerySchema = z.object({
  /** Only messages on or after / before these dates count towards edges. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Drop person→person edges with fewer messages (after the date filter). */
  minCount: z.coerce.number().int().min(1).max(1_000_000).default(1),
  /** Keep only persons with an address at one of these domains (organisation domains match subdomains). */
  domains: csv.pipe(z.array(domain)).optional(),
  /** Add mentioned entities as a second kind of node (Message→MENTIONS aggregated per person). */
  entities: z.stringbool().default(false),
  /** Entity types to include when `entities` is on. */
  entityTypes: csv.pipe(z.array(z.enum(['PER', 'ORG', 'LOC']))).optional(),
  /** Keep the `top` persons by message volume; the response says how many were left out. */
  top: z.coerce.number().int().min(1).max(100_000).default(5_000),
});
export type GraphQuery = z.infer<typeof graphQuerySchema>;

export type GraphNodeKind = 'person' | 'entity';

export interface GraphNodeAttributes {
  kind: GraphNodeKind;
  label: string;
  /** person: messages sent / received (within the date filter); entity: 0 / mentions. */
  sent: number;
  received: number;
  /** person: organisation domain of its primary address ('' if none). */
  domain: string;
  /** entity: PER / ORG / LOC; person: undefined. */
  entityType?: 'PER' | 'ORG' | 'LOC';
  /** person: verification status counts of the messages it sent, once verification exists. */
  verified?: number;
  contradicted?: number;
}

export type GraphEdgeKind = 'emailed' | 'mentions';

export interface GraphEdgeAttributes {
  kind: GraphEdgeKind;
  /** emailed: messages from source to target; mentions: messages of source mentioning target. */
  count: number;
  to: number;
  cc: number;
  bcc: number;
  first: string | null;
  last: string | null;
}

/** graphology's SerializedGraph with our attributes: `graph.import(response)` on the client. */
export interface GraphResponse {
  attributes: {
    nodeCount: number;
    edgeCount: number;
    /** Persons that matched the filters before `top` cut the list. */
    matchedPersons: number;
    /** Persons left out by `top` (0 when everything is shown). */
    hiddenPersons: number;
    /** With `entities`: entities left out beyond the server's cap on entity nodes (0 when all are shown). */
    hiddenEntities?: number;
  };
  options: { type: 'directed'; multi: false; allowSelfLoops: true };
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

// ─── stats (GET /api/stats) ─────────────────────────────────────────────────

export interface StatsResponse {
  /** Node counts by label (Message, Person, Address, Copy, Entity, Attachment, Failure, …). */
  labels: Record<string, number>;
  /** Relationship counts by type. */
  relationships: Record<string, number>;
  dates: { first: string | null; last: string | null };
  /** Messages per month (YYYY-MM), for the time-range brush. */
  histogram: { month: string; messages: number }[];
  failures: { total: number; lostMessages: number };
  lastRun: {
    id: string;
    status: string;
    startedAt: string | null;
    finishedAt: string | null;
    seen: number;
    ingested: number;
    duplicates: number;
    failed: number;
  } | null;
  verification: Record<VerificationStatus, number>;
}

// ─── search (GET /api/search) ───────────────────────────────────────────────

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q is empty').max(500),
  /** Restrict to some kinds of hit. */
  kinds: csv.pipe(z.array(z.enum(['person', 'address', 'entity', 'message']))).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(30),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchHit {
  kind: 'person' | 'address' | 'entity' | 'message';
  /** Person.id, Address.email, Entity.key or Message.id. */
  id: string;
  label: string;
  /** A few words around the match, matched terms wrapped in «…». */
  snippet: string | null;
  score: number;
  /** The person to focus in the graph (person and address hits; the sender for message hits). */
  personId: string | null;
  /** message hits: its date; entity hits: its type. */
  date?: string | null;
  entityType?: 'PER' | 'ORG' | 'LOC';
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

// ─── persons (GET /api/persons/:id, …/neighbors, …/messages) ───────────────

export const personIdSchema = z.object({ id: z.string().regex(/^p-[0-9a-f]{16}$/, 'expecting a person id (p-…)') });

export interface PersonDetail extends PersonRef {
  names: string[];
  addresses: { email: string; kind: string; reason: string; sent: number; received: number }[];
  sent: number;
  received: number;
  first: string | null;
  last: string | null;
  /** Messages per month (YYYY-MM) sent and received. */
  histogram: { month: string; sent: number; received: number }[];
  topCorrespondents: (PersonRef & { sent: number; received: number; total: number })[];
  /** Entities most mentioned in this person's messages (once extraction exists). */
  topMentions: { key: string; name: string; type: string; count: number }[];
}

export const neighborsQuerySchema = z.object({
  minCount: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(5_000).default(200),
  /** Also the EMAILED edges among the neighbours (default: only those between the person and them). */
  among: z.stringbool().default(false),
});

export const personMessagesQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  sort: z.enum(['date', '-date', 'subject', '-subject']).default('-date'),
  role: z.enum(['all', 'sent', 'received']).default('all'),
  /** Only messages exchanged with this other person. */
  with: z
    .string()
    .regex(/^p-[0-9a-f]{16}$/)
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

// ─── paths (GET /api/path) ──────────────────────────────────────────────────

export const pathQuerySchema = z.object({
  from: z.string().regex(/^p-[0-9a-f]{16}$/),
  to: z.string().regex(/^p-[0-9a-f]{16}$/),
  /** Longest path considered, in hops. */
  maxHops: z.coerce.number().int().min(1).max(10).default(6),
  /** Up to this many shortest paths. */
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export interface PathHop {
  from: PersonRef;
  to: PersonRef;
  /** Messages between the two, either direction. */
  count: number;
  /** The messages that make the hop (newest first, capped). */
  messages: MessageSummary[];
}

export interface PathResponse {
  from: PersonRef;
  to: PersonRef;
  paths: { persons: PersonRef[]; hops: PathHop[] }[];
}

// ─── messages (GET /api/messages/:id, …/raw) ───────────────────────────────

export interface Provenance {
  key: string;
  path: string;
  entries: string[];
  format: string;
  mailbox: string | null;
  folder: string | null;
  offset: number | null;
  length: number | null;
  position: string | null;
  sha256: string;
  size: number;
  messageId: string | null;
  convertedFrom: string | null;
}

export interface DkimSignatureView {
  result: 'pass' | 'fail' | 'nokey' | 'malformed';
  domain: string;
  selector: string;
  aligned: boolean;
  bodyHashOk: boolean | null;
  time: string | null;
  expired: boolean;
  keySource: string | null;
  /** One line: why the signature passed or not. */
  reason?: string | null;
  /** The Copy (Provenance.key) whose bytes carry this signature. */
  copy?: string;
}

export interface MessageDetail {
  id: string;
  messageId: string | null;
  subject: string;
  date: string | null;
  dateRaw: string | null;
  tzOffset: number | null;
  from: AddressRef | null;
  to: AddressRef[];
  cc: AddressRef[];
  bcc: AddressRef[];
  text: string;
  textTruncated: boolean;
  /**
   * The HTML body, sanitised on the server (no scripts, no event handlers, no remote URLs: remote
   * images are replaced so nothing loads). The client still renders it in a sandboxed iframe with
   * a CSP that blocks everything remote. Null when the message has no HTML or its source is gone.
   */
  html: string | null;
  /** Why html/raw are unavailable (e.g. the source file moved), if they are. */
  sourceProblem: string | null;
  attachments: { name: string; contentType: string; size: number; sha256: string; inline: boolean }[];
  copies: Provenance[];
  thread: { threadId: string | null; parent: MessageSummary | null; replies: MessageSummary[]; size: number };
  conflict: boolean;
  /** Other messages claiming the same Message-ID. */
  conflictsWith: MessageSummary[];
  status: VerificationStatus | null;
  /** Why the message has that status (the deciding signature, or the conflict). */
  statusReason?: string | null;
  signatures: DkimSignatureView[];
  signals: { kind: string; explanation: string }[];
  mentions: { key: string; name: string; type: string; count: number; personId: string | null }[];
}

export const messageIdSchema = z.object({ id: z.string().min(1).max(1000) });

/** GET /api/messages/:id/raw?copy=<Copy.key>: one copy's bytes; without it, the first copy that can be read. */
export const rawQuerySchema = z.object({ copy: z.string().regex(/^[0-9a-f]{32}$/, 'expecting a copy key').optional() });

// ─── saved queries (GET /api/queries, POST /api/queries, POST /api/queries/:name/run, POST /api/cypher) ───

export type QueryParamType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'person' | 'string[]';

export interface QueryParam {
  name: string;
  type: QueryParamType;
  description: string;
  /**
   * Default as it would be sent (JSON); null when the parameter is required. A person parameter may
   * default to "@top(n)": the n-th most active person of the graph (the server resolves it, and
   * accepts it as a value too), so library queries run on any corpus.
   */
  default: unknown;
  required: boolean;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  params: QueryParam[];
  /** graph: the query returns nodes/relationships to draw; table: rows to list. */
  result: 'graph' | 'table';
  source: 'library' | 'analyst';
  cypher: string;
  /** analyst queries: when saved (ISO 8601). */
  createdAt?: string | null;
  updatedAt?: string | null;
}

const queryParamSchema = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  type: z.enum(['string', 'int', 'float', 'boolean', 'date', 'datetime', 'person', 'string[]']),
  description: z.string().max(500).default(''),
  default: z.unknown().optional(),
  required: z.boolean().default(false),
});

export const saveQuerySchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  cypher: z.string().min(1).max(20_000),
  params: z.array(queryParamSchema).max(20).default([]),
  result: z.enum(['graph', 'table']).default('table'),
});
export type SaveQueryRequest = z.infer<typeof saveQuerySchema>;

export const runQuerySchema = z.object({
  params: z.record(z.string(), z.unknown()).default({}),
  /** Row cap for table results (the server has its own maximum). */
  limit: z.coerce.number().int().min(1).max(100_000).default(1_000),
});

export const cypherRequestSchema = z.object({
  cypher: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** auto: a graph when every column holds nodes, relationships or paths, else a table. */
  result: z.enum(['auto', 'graph', 'table']).default('auto'),
});

/**
 * Table cells are JSON: temporal values as ISO strings, nodes as {elementId, labels, properties},
 * relationships as {elementId, type, start, end, properties}, paths as {nodes, relationships}.
 * A graph result draws the Person (and Entity) nodes the query returned with the EMAILED (and
 * MENTIONS) relationships among them; `notes` says what it could not draw.
 */
export type QueryResult =
  | { kind: 'graph'; graph: GraphResponse; truncated: boolean; ms: number; notes?: string[] }
  | { kind: 'table'; columns: string[]; rows: unknown[][]; truncated: boolean; ms: number; notes?: string[] };

/** Why a query was refused (400): the planner or the text showed it would write or administer. */
export interface RefusedQuery extends ErrorBody {
  reason: string;
}

// ─── export (GET /api/export) ───────────────────────────────────────────────

export const exportFormats = ['gexf', 'graphml', 'csv', 'json', 'cypher', 'bundle'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuerySchema = graphQuerySchema.extend({
  format: z.enum(exportFormats),
  /** Export exactly these persons (and the edges among them)… */
  ids: csv.optional(),
  /** …or the graph result of this saved query (params as JSON)… */
  query: z.string().optional(),
  params: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as Record<string, unknown>;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'params must be JSON' });
        return z.NEVER;
      }
    })
    .optional(),
  /** …otherwise the filtered graph (same filters as /api/graph). */
  /** bundle: replace addresses of persons outside the selection by a placeholder. */
  redact: z.stringbool().default(false),
  /** bundle: the messages to cite (Message ids); default every message among the exported persons. */
  messages: csv.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/**
 * POST /api/export: the same as GET with a JSON body, for selections too long for a URL
 * (ids and messages as arrays, params as an object, booleans as booleans).
 */
export const exportBodySchema = graphQuerySchema.extend({
  format: z.enum(exportFormats),
  ids: z.array(z.string().min(1)).max(20_000).optional(),
  query: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  redact: z.boolean().default(false),
  messages: z.array(z.string().min(1)).max(20_000).optional(),
  entities: z.boolean().default(false),
  domains: z.array(domain).max(500).optional(),
  entityTypes: z.array(z.enum(['PER', 'ORG', 'LOC'])).optional(),
});

/**
 * Export responses stream a file (Content-Disposition: attachment) and say in headers what they hold
 * and whether a limit cut it: X-Leakgraph-Nodes, X-Leakgraph-Edges, X-Leakgraph-Hidden-Persons,
 * X-Leakgraph-Limited (true/false), X-Leakgraph-Limits (URI-encoded text), and for bundles
 * X-Leakgraph-Messages-Total / X-Leakgraph-Messages-Included. The files say the same inside.
 */
export const EXPORT_HEADERS = [
  'X-Leakgraph-Nodes',
  'X-Leakgraph-Edges',
  'X-Leakgraph-Hidden-Persons',
  'X-Leakgraph-Limited',
  'X-Leakgraph-Limits',
  'X-Leakgraph-Messages-Total',
  'X-Leakgraph-Messages-Included',
] as const;
