import { get } from '../api.js';
import { h, link, route, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { network } from '../graph.js';
import { bars } from '../chart.js';

/** Lead (牵头), responsible (责任), or every fact: the role filter of the API (ADR 0016). */
const ROLES = ['any', 'lead', 'responsible'];

export async function render(r, ctx) {
  const jurisdiction = r.params.get('jurisdiction') || 'jinan';
  const top = Number(r.params.get('top') || 30);
  const inherited = r.params.get('inherited') !== '0';
  const role = ROLES.includes(r.params.get('role')) ? r.params.get('role') : 'any';
  // the picture and both tables come from this one answer, so they follow the same filter
  const a = await ctx.load(get('/api/analytics/agencies', { jurisdiction, top, inherited, role }));
  const place = h('input', { type: 'text', name: 'jurisdiction', value: jurisdiction });
  const size = h('input', { type: 'number', name: 'top', min: 1, max: 500, value: top });
  const inh = h('input', { type: 'checkbox', name: 'inherited', checked: inherited });
  const roles = h('select', { name: 'role' }, ROLES.map(v => h('option', { value: v, selected: v === role }, t('role.' + v))));
  const f = h('form', { class: 'filters' }, h('label', {}, t('analytics.jurisdiction'), place), h('label', {}, t('agency.role'), roles),
    h('label', {}, t('analytics.top'), size), h('label', {}, inh, t('impact.inherited')), h('button', { type: 'submit' }, t('agency.apply')));
  f.addEventListener('submit', e => {
    e.preventDefault();
    ctx.navigate(route('analytics', null, { jurisdiction: place.value.trim(), role: roles.value, top: size.value,
      inherited: inh.checked ? '1' : '0' }));
  });
  const workload = a.workload || [];
  const names = new Map(workload.map(w => [w.id, w.name]));
  const collab = a.collaboration || {};
  const centrality = collab.centrality || [];
  const ids = new Set(centrality.map(c => c.id));
  const max = Math.max(1e-9, ...centrality.map(c => c.betweenness || 0));
  const nodes = centrality.map(c => ({ id: c.id, label: names.get(c.id) || c.id.split(':').pop(), type: 'Agency',
    size: 12 + 38 * Math.sqrt((c.betweenness || 0) / max), classes: c.articulationPoint ? 'articulation' : '' }));
  const maxShared = Math.max(1, ...(collab.mostSharedPairs || []).map(p => p.shared || 0));
  const bridges = new Set((collab.bridges || []).map(b => b.a + '|' + b.b));
  const edges = [...(collab.mostSharedPairs || []), ...(collab.bridges || [])]
    .filter(p => ids.has(p.a) && ids.has(p.b))
    .map(p => ({ source: p.a, target: p.b, type: 'shared', weight: 1 + 5 * (p.shared || 0) / maxShared, classes: bridges.has(p.a + '|' + p.b) ? 'bridge' : '' }));
  return h('div', { class: 'screen' }, h('h1', {}, t('analytics.title')), f,
    h('p', { class: 'note' }, t('analytics.summary', { agencies: collab.agencies ?? '', links: collab.links ?? '',
      method: collab.betweenness?.method ?? '', engine: collab.betweenness?.engine ?? '' })),
    section(t('analytics.centrality'), h('p', { class: 'note' }, t('analytics.note')),
      network('analytics', { nodes, edges, height: 480, layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 } }, ctx),
      table({ name: 'analytics-centrality', rows: centrality, columns: [
        { label: t('col.name'), value: c => names.get(c.id) || c.id, cell: c => link('Agency', c.id, names.get(c.id) || c.id) },
        { label: t('col.degree'), value: c => c.degree },
        { label: t('col.shared'), value: c => c.sharedMeasures },
        { label: t('col.betweenness'), value: c => c.betweenness },
        { label: t('col.articulation'), value: c => (c.articulationPoint ? t('yes') : '') },
      ] }),
      table({ name: 'analytics-pairs', caption: t('col.shared'), rows: collab.mostSharedPairs || [], columns: [
        { label: t('col.a'), value: p => names.get(p.a) || p.a, cell: p => link('Agency', p.a, names.get(p.a) || p.a) },
        { label: t('col.b'), value: p => names.get(p.b) || p.b, cell: p => link('Agency', p.b, names.get(p.b) || p.b) },
        { label: t('col.shared'), value: p => p.shared },
      ] })),
    section(t('analytics.workload'),
      bars('analytics-workload', { categories: workload.map(w => w.name), series: [
        { name: t('role.lead'), data: workload.map(w => w.lead ?? 0), color: '#e07b39' },
        { name: t('role.responsible'), data: workload.map(w => w.responsible ?? 0), color: '#3b6fb6' },
        { name: t('role.inherited'), data: workload.map(w => w.inherited ?? 0), color: '#b7bec9' }] }, ctx),
      table({ name: 'analytics-workload', rows: workload, columns: [
        { label: t('col.name'), value: w => w.name, cell: w => link('Agency', w.id, w.name) },
        { label: t('col.lead'), value: w => w.lead },
        { label: t('col.responsible'), value: w => w.responsible },
        { label: t('col.inherited'), value: w => w.inherited },
        { label: t('col.id'), value: w => w.id },
      ] })));
}
