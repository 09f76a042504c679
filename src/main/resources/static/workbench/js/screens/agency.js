import { get, items, total } from '../api.js';
import { h, link, pick, route, section, stat } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { network } from '../graph.js';
import { bars } from '../chart.js';

const PAGE = 50;

export async function render(r, ctx) {
  const id = r.id;
  const role = r.params.get('role') || 'any';
  const document_ = r.params.get('document') || '';
  const asOf = r.params.get('asOf') || '';
  const page = Number(r.params.get('page') || 0);
  const limit = Number(r.params.get('limit') || 300);
  const state = { role, document: document_, asOf, page, limit };
  const go = change => ctx.navigate(route('agency', id, { ...state, ...change }));

  // ids are place:name, so the peers can be asked for at once; the profile's place is checked after
  const guessed = id.includes(':') ? id.slice(0, id.indexOf(':')) : null;
  const [profile, measures, picture, documents, guessedPeers] = await ctx.load(Promise.all([
    get(['/api/agencies', id]),
    get(['/api/agencies', id, 'responsibilities'], { role, document: document_, asOf, page, size: PAGE }),
    get(['/api/pictures/agencies', id], { limit }),
    get('/api/documents', { size: 200 }),
    guessed ? get('/api/analytics/agencies', { jurisdiction: guessed, top: 15 }).catch(() => null) : null,
  ]));
  const place = pick(profile.place, 'id') || pick(profile, 'jurisdiction');
  const peers = place === guessed && guessedPeers ? guessedPeers
    : place ? await ctx.load(get('/api/analytics/agencies', { jurisdiction: place, top: 15 })) : null;
  const counts = profile.measures || {};

  const view = h('div', { class: 'screen' },
    h('h1', {}, profile.name, h('small', {}, ' ' + (profile.fullName || ''))),
    h('p', { class: 'meta' }, [t('kind.' + profile.type), profile.level, profile.place && (t('agency.place') + '：' + profile.place.name),
      profile.parent && (t('agency.parent') + '：' + profile.parent.name)].filter(Boolean).join(' · '), ' ',
    h('a', { href: route('impact', null, { 'a.agency': id, 'a.change': 'remove' }) }, t('agency.impact'))),
    h('div', { class: 'stats' }, stat(t('role.lead'), counts.lead ?? 0, 'lead'), stat(t('role.responsible'), counts.responsible ?? 0, 'responsible'),
      stat(t('role.inherited'), counts.inherited ?? 0, 'inherited')));

  view.append(filters(state, documents, go));

  const nodes = picture.nodes.map(n => ({ id: n.id, label: n.name, type: n.type, role: n.role, classes: n.id === id ? 'focus' : '' }));
  const edges = picture.edges.map(e => ({ source: e.from, target: e.to, type: e.type }));
  view.append(section(t('picture'),
    picture.truncated ? h('p', { class: 'note', dataset: { truncated: 'true' } },
      t('picture.truncated', { shown: picture.measuresShown, total: picture.measuresTotal, limit: picture.limit }), ' ',
      h('button', { type: 'button', onclick: () => go({ limit: Math.min(limit * 2, 3000) }) }, t('picture.more'))) : null,
    network('agency', { nodes, edges }, ctx),
    table({ name: 'agency-picture-nodes', caption: t('picture'), rows: picture.nodes, columns: [
      { label: t('col.name'), value: n => n.name, cell: n => link(n.type, n.id, n.name) },
      { label: t('col.type'), value: n => t('kind.' + n.type) },
      { label: t('col.role'), value: n => (n.role ? t('role.' + n.role) : '') },
      { label: t('col.id'), value: n => n.id },
    ] })));

  const rows = items(measures);
  const pages = Math.max(1, Math.ceil(total(measures) / PAGE));
  view.append(section(t('agency.measures'),
    table({ name: 'agency-measures', caption: t('agency.page', { page: page + 1, total: total(measures) }), rows, columns: [
      { label: t('col.document'), value: m => pick(m.document, 'title'), cell: m => link('Document', pick(m.document, 'id'), pick(m.document, 'title')) },
      { label: t('col.section'), value: m => m.path },
      { label: t('col.measure'), value: m => m.excerpt, cell: m => link('Measure', m.measure, m.excerpt) },
      { label: t('col.role'), value: m => (m.inherited ? t('role.inherited') : t('role.' + m.role)) },
      { label: t('col.others'), value: m => (m.others || []).map(o => o.name + '（' + t('role.' + o.role) + '）').join('、') },
      { label: t('col.source'), value: m => source(m.provenance) },
      { label: t('col.id'), value: m => m.measure },
    ] }),
    h('nav', { class: 'pager', 'aria-label': 'pages' },
      h('button', { type: 'button', disabled: page <= 0, onclick: () => go({ page: page - 1 }) }, t('agency.prev')),
      h('span', {}, (page + 1) + ' / ' + pages),
      h('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => go({ page: page + 1 }) }, t('agency.next')))));

  view.append(section(t('agency.collaborators'), table({ name: 'agency-collaborators', rows: picture.collaborators || [], columns: [
    { label: t('col.name'), value: c => c.name, cell: c => link('Agency', c.id, c.name) },
    { label: t('col.shared'), value: c => c.sharedMeasures },
    { label: t('col.id'), value: c => c.id },
  ] })));

  if (peers) view.append(workload(peers, profile, ctx));
  return view;
}

function source(p) {
  if (!p) return '';
  return (p.file || '') + ':' + (p.lineStart ?? '') + (p.lineEnd && p.lineEnd !== p.lineStart ? '–' + p.lineEnd : '');
}

function filters(state, documents, go) {
  const role = h('select', { name: 'role' }, ['any', 'lead', 'responsible'].map(v =>
    h('option', { value: v, selected: v === state.role }, t('role.' + v))));
  const doc = h('select', { name: 'document' }, h('option', { value: '' }, t('agency.allDocuments')),
    items(documents).map(d => h('option', { value: d.id, selected: d.id === state.document }, d.title)));
  const asOf = h('input', { type: 'date', name: 'asOf', value: state.asOf });
  const form = h('form', { class: 'filters', 'aria-label': t('agency.filter') },
    h('label', {}, t('agency.role'), role), h('label', {}, t('agency.document'), doc), h('label', {}, t('agency.asOf'), asOf),
    h('button', { type: 'submit' }, t('agency.apply')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go({ role: role.value, document: doc.value, asOf: asOf.value, page: 0 });
  });
  return form;
}

function workload(peers, profile, ctx) {
  const rows = [...(peers.workload || [])];
  if (!rows.some(w => w.id === profile.id)) {
    const m = profile.measures || {};
    rows.push({ id: profile.id, name: profile.name, lead: m.lead ?? 0, responsible: m.responsible ?? 0, inherited: m.inherited ?? 0 });
  }
  return section(t('agency.workload'),
    bars('agency-workload', {
      categories: rows.map(w => w.name), highlight: profile.name,
      series: [
        { name: t('role.lead'), data: rows.map(w => w.lead ?? 0), color: '#e07b39' },
        { name: t('role.responsible'), data: rows.map(w => w.responsible ?? 0), color: '#3b6fb6' },
        { name: t('role.inherited'), data: rows.map(w => w.inherited ?? 0), color: '#b7bec9' },
      ],
    }, ctx),
    table({ name: 'agency-workload', rows, columns: [
      { label: t('col.name'), value: w => w.name, cell: w => link('Agency', w.id, w.name) },
      { label: t('col.lead'), value: w => w.lead },
      { label: t('col.responsible'), value: w => w.responsible },
      { label: t('col.inherited'), value: w => w.inherited },
      { label: t('col.id'), value: w => w.id },
    ] }));
}
