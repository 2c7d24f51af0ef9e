/**
 * GraphResponse → GraphML (http://graphml.graphdrawing.org/xmlns), typed keys that networkx,
 * igraph, yEd and Cytoscape read, written line by line so a large graph streams.
 */
import type { GraphResponse } from '../../contract/index.js';
import { EDGE_FIELDS, type Field, NODE_FIELDS, edgeValue, nodeValue } from './graph-fields.js';
import { xmlAttributes, xmlEscape } from './xml.js';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

// GraphML's attr.type names; "long" so counts never overflow a reader's 32-bit int.
const TYPE: Record<Field['type'], string> = { string: 'string', integer: 'long' };

export function* graphmlChunks(graph: GraphResponse, description: string): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  yield `  <desc>${xmlEscape(description)}</desc>\n`;
  for (const f of NODE_FIELDS)
    yield `  <key id="n_${f.name}" for="node" attr.name="${f.name}" attr.type="${TYPE[f.type]}"/>\n`;
  for (const f of EDGE_FIELDS)
    yield `  <key id="e_${f.name}" for="edge" attr.name="${f.name}" attr.type="${TYPE[f.type]}"/>\n`;
  yield '  <graph id="leakgraph" edgedefault="directed">\n';
  for (const node of graph.nodes) {
    const data = NODE_FIELDS.flatMap((f) => {
      const v = nodeValue(node, f.name);
      return v === null ? [] : [`      <data key="n_${f.name}">${xmlEscape(v)}</data>\n`];
    });
    yield `    <node${xmlAttributes({ id: node.key })}>\n${data.join('')}    </node>\n`;
  }
  for (const edge of graph.edges) {
    const data = EDGE_FIELDS.flatMap((f) => {
      const v = edgeValue(edge, f.name);
      return v === null ? [] : [`      <data key="e_${f.name}">${xmlEscape(v)}</data>\n`];
    });
    yield `    <edge${xmlAttributes({ id: edge.key, source: edge.source, target: edge.target })}>\n${data.join('')}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
