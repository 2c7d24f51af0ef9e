/**
 * What to export: exactly the persons given by id, the graph result of a saved query, or the
 * filtered who-talked-to-whom graph (the /api/graph filters). Whatever limits the selection
 * (top N, a query's row cap) is returned with it, so the export can say so.
 */
import type { Driver } from 'neo4j-driver';

import type { DocumentAnomalyFilter, GraphResponse } from '../../contract/index.js';
import { HttpError } from '../errors.js';
import { type GraphFilter, loadGraphOfPersons, loadPersonGraph } from '../graph/person-graph.js';
import { MAX_ROWS } from '../queries/run-query.js';
import type { QueryRun } from '../queries/run-query.js';
import { runSavedQuery } from '../queries/saved-queries.js';

export interface ExportRequest {
  format: 'gexf' | 'graphml' | 'csv' | 'json' | 'cypher' | 'bundle';
  ids?: string[] | undefined;
  query?: string | undefined;
  params?: Record<string, unknown> | undefined;
  redact: boolean;
  messages?: string[] | undefined;
  /** Built from the case list (export router: its messages and their persons become messages and ids). */
  caseList?: boolean;
  filter: GraphFilter & { top: number };
}

export interface Selection {
  graph: GraphResponse;
  /** One line saying what was exported, for file headers and the bundle's README. */
  description: string;
  /** Limits that cut the selection, in words ([] when nothing was left out). */
  limits: string[];
}

const PERSON_ID = /^p-[0-9a-f]{16}$/;

const DOCUMENT_CHOICE: Record<DocumentAnomalyFilter, string> = {
  all: 'documents',
  with: 'documents with anomalies',
  without: 'documents without anomalies',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeFilter(f: ExportRequest['filter']): string {
  const parts = [
    f.from || f.to ? `messages ${f.from ?? '…'} to ${f.to ?? '…'}` : 'all dates',
    `edges of ${f.minCount}+ messages`,
    ...(f.domains?.length ? [`domains ${f.domains.join(', ')}`] : []),
    ...(f.entities ? ['with mentioned entities'] : []),
    ...(f.documents ? [`with the ${DOCUMENT_CHOICE[f.anomalies ?? 'all']} they sent or received`] : []),
  ];
  return parts.join(', ');
}

export async function selectSubgraph(driver: Driver, request: ExportRequest, run: QueryRun = {}): Promise<Selection> {
  const f = request.filter;
  const limits: string[] = [];
  let graph: GraphResponse;
  let description: string;
  if (request.ids?.length) {
    const bad = request.ids.filter((id) => !PERSON_ID.test(id));
    if (bad.length) throw new HttpError(400, `ids must be person ids (p-…): ${bad.slice(0, 5).join(', ')}`);
    graph = await loadGraphOfPersons(driver, [...new Set(request.ids)], f);
    const missing = request.ids.length - graph.nodes.filter((n) => n.attributes.kind === 'person').length;
    if (missing > 0) limits.push(`${missing} of the requested person ids are not in the graph`);
    description = request.caseList
      ? `the case list: ${plural(request.messages?.length ?? 0, 'bookmarked message')} and the ${plural(graph.nodes.length, 'person')} on them; ${describeFilter(f)}`
      : `${graph.nodes.length} selected persons; ${describeFilter(f)}`;
  } else if (request.query) {
    const result = await runSavedQuery(driver, request.query, request.params ?? {}, { ...run, limit: MAX_ROWS });
    if (result.kind !== 'graph')
      throw new HttpError(
        400,
        `saved query "${request.query}" returns a table, not a graph: export it with a graph query`,
      );
    graph = result.graph;
    if (result.truncated)
      limits.push(`the query returned more than ${MAX_ROWS} rows; the first ${MAX_ROWS} are exported`);
    description = `graph of saved query "${request.query}" with ${JSON.stringify(request.params ?? {})}`;
  } else {
    graph = await loadPersonGraph(driver, f);
    if (graph.attributes.hiddenPersons > 0) {
      limits.push(
        `top ${f.top} of ${graph.attributes.matchedPersons} persons by volume (${graph.attributes.hiddenPersons} left out; raise "top")`,
      );
    }
    description = `who emailed whom: ${describeFilter(f)}; top ${f.top} persons by volume`;
  }
  if ((graph.attributes.hiddenEntities ?? 0) > 0)
    limits.push(`${graph.attributes.hiddenEntities} less-mentioned entities left out`);
  if ((graph.attributes.hiddenDocuments ?? 0) > 0)
    limits.push(`${graph.attributes.hiddenDocuments} less-carried documents left out`);
  return { graph, description, limits };
}
