import { get } from '../api.js';
import { h, link, route, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { network } from '../graph.js';
import { bars } from '../chart.js';

// #/chains?before=… lists the chains (and, with a date, what is left without support in force then);
// #/chain/<id>?before=…&segment=… shows one chain's segments as a flow.
export async function render(r, ctx) {
  return r.name === 'chain' && r.id ? chain(r, ctx) : list(r, ctx);
}

function dateForm(before, go) {
  const input = h('input', { type: 'date', name: 'before', value: before });
  const f = h('form', { class: 'filters' }, h('label', {}, t('chain.before'), input), h('button', { type: 'submit' }, t('agency.apply')));
  f.addEventListener('submit', e => { e.preventDefault(); go(input.value); });
  return f;
}

async function list(r, ctx) {
  const before = r.params.get('before') || '';
  const [chains, expiring] = await ctx.load(Promise.all([get('/api/chains'), before ? get('/api/impact/expiring', { before }) : null]));
  const view = h('div', { class: 'screen' }, h('h1', {}, t('chains.title')),
    dateForm(before, value => ctx.navigate(route('chains', null, { before: value }))));
  if (expiring) view.append(expiry(expiring));
  view.append(section(t('chains.title'),
    bars('chains', { categories: chains.map(c => c.name), series: [{ name: t('col.measures'), data: chains.map(c => c.supportingMeasures ?? 0), color: '#2f9e6e' }] }, ctx),
    table({ name: 'chains', rows: chains, columns: [
      { label: t('col.name'), value: c => c.name, cell: c => h('a', { href: route('chain', c.id, { before }) }, c.name) },
      { label: t('col.measures'), value: c => c.supportingMeasures },
      { label: t('chain.segments'), value: c => (c.segments || []).length },
      { label: t('col.id'), value: c => c.id },
    ] })));
  return view;
}

function expiry(expiring) {
  return section(t('chain.unsupported') + '（' + expiring.before + '）',
    table({ name: 'expiring-unsupported', rows: expiring.leftWithoutSupportInForce || [], columns: [
      { label: t('col.type'), value: x => t('kind.' + x.type) },
      { label: t('col.name'), value: x => x.name, cell: x => link(x.type, x.id, x.name) },
      { label: t('col.document'), value: x => (x.documents || []).join('、') },
    ] }),
    h('h3', {}, t('chain.expiring') + '（' + (expiring.documentCount ?? 0) + '）'),
    table({ name: 'expiring-documents', rows: expiring.documents || [], columns: [
      { label: t('col.document'), value: d => d.title, cell: d => link('Document', d.id, d.title) },
      { label: t('col.validTo'), value: d => d.validTo },
      { label: t('col.jurisdiction'), value: d => d.jurisdiction },
      { label: t('col.measures'), value: d => d.measures },
    ] }));
}

async function chain(r, ctx) {
  const before = r.params.get('before') || '';
  const segmentId = r.params.get('segment') || '';
  const [c, expiring, segment] = await ctx.load(Promise.all([
    get(['/api/pictures/chains', r.id], { before }),
    before ? get('/api/impact/expiring', { before }) : null,
    segmentId ? get(['/api/impact/chain-segments', segmentId]) : null]));
  const segments = c.segments || [];
  const go = values => ctx.navigate(route('chain', r.id, { before, segment: segmentId, ...values }));
  const view = h('div', { class: 'screen' }, h('h1', {}, c.name), dateForm(before, value => go({ before: value })),
    h('p', { class: 'note' }, t('chain.weakNote')));
  const nodes = segments.map((s, i) => ({ id: s.id, label: s.name + '（' + (before ? s.inForce : s.measures) + '）', type: s.type,
    classes: [s.weak ? 'weak' : '', s.id === segmentId ? 'focus' : ''].join(' '), size: 14 + Math.min(30, Math.sqrt(s.measures ?? 0) * 3),
    position: { x: 160 * Math.max(0, s.order ?? 0), y: s.type === 'Chain' ? 0 : 90 + 50 * (i % 3) } }));
  const edges = segments.flatMap(s => (s.feeds || []).map(to => ({ source: s.id, target: to, type: 'feeds' })));
  view.append(section(t('chain.flow'), network('chain', { nodes, edges, height: 340, layout: { name: 'preset', fit: true, padding: 30 } }, ctx),
    table({ name: 'chain-segments', rows: segments, columns: [
      { label: t('col.name'), value: s => s.name, cell: s => h('a', { href: route('chain', r.id, { before, segment: s.type === 'Chain' ? '' : s.id }) }, s.name) },
      { label: t('col.position.chain'), value: s => s.position },
      { label: t('col.measures'), value: s => s.measures },
      { label: before ? t('col.inForce', { date: before }) : t('col.measures'), value: s => s.inForce },
      { label: t('col.carriers'), value: s => s.carriers },
      { label: t('col.parks'), value: s => (s.parks || []).join('、') },
      { label: t('col.projects'), value: s => (s.projects || []).join('、') },
      { label: t('col.weak'), value: s => (s.weak ? t('yes') : '') },
      { label: t('col.id'), value: s => s.id },
    ] })));
  if (segment) {
    const spof = segment.singlePointsOfFailure || {};
    view.append(section(t('chain.segment') + '：' + (segment.segment?.name || segmentId),
      table({ name: 'segment-carriers', caption: t('col.carriers'), rows: segment.carriers || [], columns: [
        { label: t('col.name'), value: x => x.name, cell: x => link('Agency', x.id, x.name) },
        { label: t('col.measures'), value: x => x.measures },
        { label: t('col.lead'), value: x => x.leads },
      ] }),
      h('h3', {}, t('chain.spof') + '（' + (spof.measuresCarriedByOneBodyCount ?? 0) + '）'),
      table({ name: 'segment-measures', rows: segment.measures || [], columns: [
        { label: t('col.document'), value: m => m.title, cell: m => link('Document', m.document, m.title) },
        { label: t('col.section'), value: m => m.path },
        { label: t('col.measure'), value: m => m.excerpt, cell: m => link('Measure', m.measure, m.excerpt) },
        { label: t('col.others'), value: m => (m.bodies || []).map(b => b.name).join('、') },
        { label: t('col.validTo'), value: m => m.validTo },
      ] })));
  }
  if (expiring) view.append(expiry(expiring));
  return view;
}
