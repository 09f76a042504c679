import cytoscape from 'cytoscape';
import { h, routeFor } from './dom.js';
import { t } from './i18n.js';

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const STYLE = [
  { selector: 'node', style: {
    'label': 'data(label)', 'font-family': FONT, 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 90,
    'text-valign': 'bottom', 'text-margin-y': 3, 'width': 14, 'height': 14, 'background-color': '#8a94a6', 'color': '#1f2933' } },
  { selector: 'node[type = "Agency"], node[type = "AgencyGroup"], node[type = "Organisation"]', style: {
    'shape': 'round-rectangle', 'background-color': '#3b6fb6', 'width': 20, 'height': 14 } },
  { selector: 'node[type = "AgencyGroup"]', style: { 'background-color': '#6b8fc9' } },
  { selector: 'node[type = "Measure"]', style: { 'shape': 'ellipse', 'background-color': '#b7bec9', 'width': 10, 'height': 10, 'font-size': 7 } },
  { selector: 'node[type = "Measure"][role = "lead"]', style: { 'background-color': '#e07b39' } },
  { selector: 'node[type = "Chain"], node[type = "ChainSegment"]', style: { 'shape': 'diamond', 'background-color': '#2f9e6e' } },
  { selector: 'node[type = "Park"]', style: { 'shape': 'hexagon', 'background-color': '#7a5fb0' } },
  { selector: 'node[type = "Project"]', style: { 'shape': 'triangle', 'background-color': '#b0527a' } },
  { selector: 'node[type = "Place"]', style: { 'shape': 'tag', 'background-color': '#9b8a4a' } },
  { selector: 'node[type = "Document"]', style: { 'shape': 'rectangle', 'background-color': '#555' } },
  { selector: 'node.focus', style: { 'width': 30, 'height': 22, 'font-size': 12, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111' } },
  { selector: 'node.receiver', style: { 'border-width': 3, 'border-color': '#1b7f3b', 'width': 28, 'height': 20 } },
  { selector: 'node.no-lead', style: { 'background-color': '#d62828', 'width': 14, 'height': 14 } },
  { selector: 'node.no-body', style: { 'background-color': '#6a040f', 'width': 16, 'height': 16 } },
  { selector: 'node.shared', style: { 'background-color': '#f4a261' } },
  { selector: 'node.remaining', style: { 'background-color': '#3b6fb6' } },
  { selector: 'node.weak', style: { 'border-width': 3, 'border-color': '#d62828', 'border-style': 'dashed' } },
  { selector: 'node.articulation', style: { 'border-width': 3, 'border-color': '#d62828' } },
  { selector: 'node[size]', style: { 'width': 'data(size)', 'height': 'data(size)' } },
  { selector: 'edge', style: { 'width': 1, 'line-color': '#c5cbd3', 'curve-style': 'bezier', 'target-arrow-shape': 'none' } },
  { selector: 'edge[type = "lead"]', style: { 'line-color': '#e07b39', 'width': 2 } },
  { selector: 'edge[type = "supports"]', style: { 'line-color': '#2f9e6e', 'line-style': 'dotted' } },
  { selector: 'edge[type = "feeds"]', style: { 'width': 2, 'line-color': '#2f9e6e', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2f9e6e' } },
  { selector: 'edge[weight]', style: { 'width': 'data(weight)' } },
  { selector: 'edge.bridge', style: { 'line-color': '#d62828', 'line-style': 'dashed', 'width': 2 } },
  { selector: 'edge.removed', style: { 'line-color': '#d62828', 'line-style': 'dashed' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
];

/**
 * Draws a network into a new box and returns the box; the Cytoscape instance is on box.cy, so a test can
 * read the drawn node set. nodes: [{id, label, type, role?, classes?, size?, position?}], edges: [{source, target, type, classes?}].
 */
export function network(name, { nodes, edges, layout, height = 460 }, ctx) {
  const box = h('div', { class: 'picture', dataset: { picture: name }, role: 'img', 'aria-label': t('picture') + ' ' + nodes.length });
  const holder = h('figure', { class: 'figure' }, box, h('figcaption', {}, t('picture.hint')));
  box.style.height = height + 'px';
  ctx.afterAttach(() => {
    const ids = new Set(nodes.map(n => n.id));
    const cy = cytoscape({
      container: box,
      elements: [
        ...nodes.map(n => ({ group: 'nodes', data: { id: n.id, label: n.label ?? n.id, type: n.type, role: n.role, size: n.size },
          classes: n.classes || '', position: n.position })),
        ...edges.filter(e => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({ group: 'edges',
          data: { id: 'e' + i, source: e.source, target: e.target, type: e.type, weight: e.weight }, classes: e.classes || '' })),
      ],
      style: STYLE,
      layout: layout || { name: 'concentric', minNodeSpacing: 6, concentric: n => (n.hasClass('focus') ? 3 : n.data('type') === 'Measure' ? 2 : 1), levelWidth: () => 1 },
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', event => {
      const href = routeFor(event.target.data('type'), event.target.id());
      if (href) location.hash = href;
    });
    box.cy = cy;
    ctx.onDispose(() => cy.destroy());
  });
  return holder;
}
