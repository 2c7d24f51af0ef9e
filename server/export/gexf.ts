/**
 * GraphResponse → GEXF 1.3 (Gephi's format, http://gexf.net/1.3), written line by line so a large
 * graph streams. Edge weight is the message count; every field is also an attvalue.
 */
import type { GraphResponse } from '../../contract/index.js';
import { EDGE_FIELDS, NODE_FIELDS, edgeValue, nodeValue } from './graph-fields.js';
import { xmlAttributes, xmlEscape } from './xml.js';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

// The label is the node's own `label` attribute in GEXF; a "label" column would clash with Gephi's.
const GEXF_NODE_FIELDS = NODE_FIELDS.filter((f) => f.name !== 'label');

export function* gexfChunks(graph: GraphResponse, description: string): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n`;
  yield `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">\n    <creator>leakgraph</creator>\n    <description>${xmlEscape(description)}</description>\n  </meta>\n`;
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield '    <attributes class="node">\n';
  for (const f of GEXF_NODE_FIELDS) yield `      <attribute id="${f.name}" title="${f.name}" type="${f.type}"/>\n`;
  yield '    </attributes>\n    <attributes class="edge">\n';
  for (const f of EDGE_FIELDS) yield `      <attribute id="${f.name}" title="${f.name}" type="${f.type}"/>\n`;
  yield '    </attributes>\n    <nodes>\n';
  for (const node of graph.nodes) {
    const values = GEXF_NODE_FIELDS.flatMap((f) => {
      const v = nodeValue(node, f.name);
      return v === null ? [] : [`          <attvalue${xmlAttributes({ for: f.name, value: v })}/>\n`];
    });
    yield `      <node${xmlAttributes({ id: node.key, label: node.attributes.label })}>\n        <attvalues>\n${values.join('')}        </attvalues>\n      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const edge of graph.edges) {
    const values = EDGE_FIELDS.flatMap((f) => {
      const v = edgeValue(edge, f.name);
      return v === null ? [] : [`          <attvalue${xmlAttributes({ for: f.name, value: v })}/>\n`];
    });
    const attrs = xmlAttributes({
      id: edge.key,
      source: edge.source,
      target: edge.target,
      weight: edge.attributes.count,
    });
    yield `      <edge${attrs}>\n        <attvalues>\n${values.join('')}        </attvalues>\n      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
