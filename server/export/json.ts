/**
 * GraphResponse → graphology JSON (what `graph.import()` reads), one node or edge per line so a
 * large graph streams.
 */
import type { GraphResponse } from '../../contract/index.js';

export function* graphJsonChunks(graph: GraphResponse): Generator<string> {
  yield `{"attributes":${JSON.stringify(graph.attributes)},"options":${JSON.stringify(graph.options)},\n"nodes":[\n`;
  for (let i = 0; i < graph.nodes.length; i++) yield `${i ? ',\n' : ''}${JSON.stringify(graph.nodes[i])}`;
  yield '\n],\n"edges":[\n';
  for (let i = 0; i < graph.edges.length; i++) yield `${i ? ',\n' : ''}${JSON.stringify(graph.edges[i])}`;
  yield '\n]}\n';
}
