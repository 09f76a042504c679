import { get } from '../api.js';
import { h, link, pick, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { network } from '../graph.js';

export async function render(r, ctx) {
  const m = await ctx.load(get(['/api/measures', r.id]));
  const doc = m.document || {};
  const p = m.provenance || {};
  const bodies = ['lead', 'responsible', 'inherited'].flatMap(role => (m[role] || []).map(b => ({ ...b, role: b.role || role })))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const supports = unique(m.supports || [], s => (s.kind || s.type) + ':' + s.id);

  const view = h('div', { class: 'screen' },
    h('h1', {}, m.title || m.path || m.id),
    h('p', { class: 'meta' }, link('Document', doc.id, doc.title), ' ', doc.docNo || '', ' · ', t('col.section'), '：', m.path || '',
      ' · ', t('measure.validity'), '：', (doc.validFrom || '…') + ' — ' + (doc.validTo || t('doc.openEnded'))));

  view.append(section(t('measure.source'),
    h('blockquote', { class: 'source', lang: 'zh-CN' }, highlighted(m.text || '', p.raw || '', bodies)),
    h('p', { class: 'provenance', dataset: { file: p.file || '', lineStart: p.lineStart ?? '' } },
      t('measure.file', { file: p.file || '', from: p.lineStart ?? '', to: p.lineEnd ?? '' }))));

  const nodes = [{ id: m.id, label: m.title || m.path, type: 'Measure', classes: 'focus' },
    ...unique(bodies, b => b.id).map(b => ({ id: b.id, label: b.name, type: 'Agency', role: b.role })),
    ...unique(supports, s => s.id).map(s => ({ id: s.id, label: s.name, type: s.kind || s.type }))];
  const edges = [...bodies.map(b => ({ source: b.id, target: m.id, type: b.role })),
    ...supports.map(s => ({ source: m.id, target: s.id, type: 'supports' }))];
  view.append(section(t('picture'), network('measure', { nodes, edges, height: 320,
    layout: { name: 'breadthfirst', directed: true, roots: bodies.length ? bodies.map(b => '#' + CSS.escape(b.id)) : undefined, spacingFactor: 1.1 } }, ctx)));

  view.append(section(t('measure.bodies'), table({ name: 'measure-bodies', rows: bodies, columns: [
    { label: t('col.position'), value: b => b.position },
    { label: t('col.name'), value: b => b.name, cell: b => link('Agency', b.id, b.name) },
    { label: t('col.role'), value: b => t('role.' + b.role) },
    { label: t('col.surface'), value: b => b.surface },
    { label: t('col.roleWord'), value: b => b.roleWord },
    { label: t('col.id'), value: b => b.id },
  ] })));
  view.append(section(t('measure.supports'), table({ name: 'measure-supports', rows: supports, columns: [
    { label: t('col.type'), value: s => t('kind.' + (s.kind || s.type)) },
    { label: t('col.name'), value: s => s.name, cell: s => link(s.kind || s.type, s.id, s.name) },
    { label: t('col.surface'), value: s => s.surface },
    { label: t('col.line'), value: s => s.line },
  ] })));
  view.append(section(t('measure.targets'), table({ name: 'measure-targets', rows: m.targets || [], columns: [
    { label: t('col.value'), value: x => [x.comparator, x.value].filter(v => v !== undefined && v !== null).join(' ') },
    { label: t('col.unit'), value: x => x.unit },
    { label: t('col.year'), value: x => x.year },
    { label: t('col.text'), value: x => x.text },
    { label: t('col.line'), value: x => x.line },
  ] })));
  const funding = m.funding ? [].concat(pick(m.funding, 'text') || []).map((text, i) => ({
    text, basis: [].concat(m.funding.basis || [])[i], cap: m.funding.capYuan })) : [];
  view.append(section(t('measure.funding'), table({ name: 'measure-funding', rows: funding, columns: [
    { label: t('col.text'), value: f => f.text },
    { label: t('col.value'), value: f => f.basis },
    { label: t('col.total'), value: f => f.cap },
  ] })));
  return view;
}

function unique(list, key) {
  const seen = new Set();
  return list.filter(x => (seen.has(key(x)) ? false : seen.add(key(x))));
}

/** The measure's text and its annotation, the annotation marked and each body's name as written marked by role. */
function highlighted(text, raw, bodies) {
  const inside = raw && text.includes(raw);
  const parts = [];
  if (inside) {
    const at = text.indexOf(raw);
    parts.push([text.slice(0, at), false], [raw, true], [text.slice(at + raw.length), false]);
  } else {
    parts.push([text, false]);
    if (raw) parts.push([raw, true]);
  }
  const surfaces = [...new Set(bodies.map(b => b.surface).filter(Boolean))].sort((a, b) => b.length - a.length);
  const roleOf = new Map(bodies.map(b => [b.surface, b.role]));
  return parts.filter(([s]) => s).map(([s, annotation]) => {
    const children = names(s, surfaces, roleOf);
    return annotation ? h('mark', { class: 'annotation', title: t('measure.annotation') }, children) : h('span', {}, children);
  });
}

function names(s, surfaces, roleOf) {
  if (!surfaces.length) return [s];
  const pattern = new RegExp('(' + surfaces.map(x => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')');
  return s.split(pattern).filter(Boolean).map(piece => (roleOf.has(piece) ? h('b', { class: 'body role-' + roleOf.get(piece) }, piece) : piece));
}
