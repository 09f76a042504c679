import { get, post } from '../api.js';
import { h, link, route, section, stat } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { network } from '../graph.js';
import { agencyInput } from '../agency-input.js';

// Two scenarios side by side, a. and b. in the URL: #/impact?a.agency=…&a.change=remove&b.agency=…&b.change=merge&b.into=…
const SCENARIOS = ['a', 'b'];

const CATEGORIES = [
  { key: 'leftWithoutAnyLead', label: 'impact.noLead', count: 'noLead', classes: 'no-lead' },
  { key: 'leftWithoutAnyResponsibleBody', label: 'impact.noBody', count: 'noBody', classes: 'no-body' },
  { key: 'shared', label: 'impact.shared', count: 'shared', classes: 'shared' },
  { key: 'inheritedOnly', label: 'impact.inheritedOnly', count: 'inheritedOnly', classes: 'inherited-only' },
];

export async function render(r, ctx) {
  const all = Object.fromEntries(r.params.entries());
  const scenarios = SCENARIOS.map(name => ({
    name,
    agency: all[name + '.agency'] || '',
    change: all[name + '.change'] === 'merge' ? 'merge' : 'remove',
    into: all[name + '.into'] || '',
    inherited: all[name + '.inherited'] !== '0',
    asOf: all[name + '.asOf'] || '',
    limit: Number(all[name + '.limit'] || 300),
  }));
  const go = (name, values) => {
    const next = { ...all };
    for (const key of Object.keys(next)) if (key.startsWith(name + '.')) delete next[key];
    for (const [k, v] of Object.entries(values)) next[name + '.' + k] = v;
    ctx.navigate(route('impact', null, next));
  };
  const results = await ctx.load(Promise.all(scenarios.map(s => (s.agency ? analyse(s) : null))));
  return h('div', { class: 'screen' },
    h('h1', {}, t('impact.title')), h('p', {}, t('impact.intro')),
    h('div', { class: 'side-by-side' }, scenarios.map((s, i) => scenario(s, results[i], go, ctx))),
    section(t('impact.more'), expiryForm(ctx), h('p', {}, h('a', { href: route('chains') }, t('impact.segments')))));
}

async function analyse(s) {
  const body = { agency: s.agency, change: s.change, inherited: s.inherited };
  if (s.change === 'merge') body.into = s.into;
  if (s.asOf) body.asOf = s.asOf;
  const [answer, names] = await Promise.all([post('/api/impact/agency-change', body),
    get(['/api/pictures/agencies', s.agency], { limit: 3000 }).catch(() => null)]);
  return { answer, names: new Map((names?.nodes || []).map(n => [n.id, n.name])) };
}

/** Measures of a grouped answer as rows: documents, then sections, then measures (a flat list is taken as it is). */
export function flatten(groups) {
  const rows = [];
  for (const g of groups || []) {
    if (!g.sections) { rows.push(g); continue; }
    const sections = Array.isArray(g.sections) ? g.sections.map(s => [s.path, s.measures || s.items || []]) : Object.entries(g.sections);
    for (const [path, list] of sections) {
      for (const m of list) rows.push({ ...m, document: g.document ?? g.id, title: g.title, path: m.path ?? path });
    }
  }
  return rows;
}

function scenario(s, result, go, ctx) {
  const panel = h('section', { class: 'panel scenario', dataset: { scenario: s.name } },
    h('h2', {}, t('impact.scenario', { name: s.name.toUpperCase() })), form(s, go));
  if (!result) return panel;
  const { answer, names } = result;
  const name = id => names.get(id) || (answer.into && answer.into.id === id ? answer.into.name : null) || id.split(':').pop();
  const lists = Object.fromEntries(CATEGORIES.map(c => [c.key, flatten(answer[c.key])]));
  panel.append(h('div', { class: 'stats' },
    stat(t('impact.affected'), answer.measuresAffected ?? 0, 'affected'),
    CATEGORIES.map(c => stat(t(c.label), lists[c.key].length, c.count))));
  if (answer.receiverLoad) {
    const load = answer.receiverLoad;
    panel.append(h('p', { class: 'receiver', dataset: { receiver: answer.into?.id || s.into,
      beforeLead: load.before?.lead, beforeAny: load.before?.any, afterLead: load.after?.lead, afterAny: load.after?.any } },
    t('impact.receiver'), '（', answer.into?.name || s.into, '）：', t('impact.before'), ' ', t('impact.ledCarried', load.before || {}),
    ' → ', t('impact.after'), ' ', t('impact.ledCarried', load.after || {})));
  }
  const more = () => go(s.name, { agency: s.agency, change: s.change, into: s.change === 'merge' ? s.into : '',
    inherited: s.inherited ? '1' : '0', asOf: s.asOf, limit: Math.min(s.limit * 2, 3000) });
  panel.append(picture(s, answer, lists, name, more, ctx));
  for (const c of CATEGORIES) {
    panel.append(h('h3', {}, t(c.label) + ' (' + lists[c.key].length + ')'), table({
      name: 'impact-' + s.name + '-' + c.count, rows: lists[c.key], groupBy: row => row.title || row.document, columns: [
        { label: t('col.section'), value: m => m.path },
        { label: t('col.measure'), value: m => m.excerpt, cell: m => link('Measure', m.measure, m.excerpt) },
        { label: t('col.role'), value: m => t('role.' + m.role) },
        { label: t('col.remaining'), value: m => (m.remaining || []).map(x => name(x.id || x)).join('、') },
        { label: t('col.id'), value: m => m.measure },
      ] }));
  }
  const supports = Object.entries(answer.supports || {}).flatMap(([type, list]) => (Array.isArray(list) ? list : []).map(x => ({ type, ...x })));
  panel.append(h('h3', {}, t('impact.supports')), table({ name: 'impact-' + s.name + '-supports', rows: supports, columns: [
    { label: t('col.type'), value: x => t('kind.' + x.type) },
    { label: t('col.name'), value: x => x.name, cell: x => link(x.type, x.id, x.name) },
    { label: t('col.affected'), value: x => x.affectedMeasures },
    { label: t('col.leftWithoutBody'), value: x => x.measuresLeftWithoutAnyBody },
  ] }));
  return panel;
}

function picture(s, answer, lists, name, more, ctx) {
  const nodes = new Map();
  const edges = [];
  const subject = answer.agency?.id || s.agency;
  nodes.set(subject, { id: subject, label: answer.agency?.name || name(subject), type: 'Agency', classes: 'focus' });
  if (answer.into) nodes.set(answer.into.id, { id: answer.into.id, label: answer.into.name, type: 'Agency', classes: 'receiver' });
  let truncated = false;
  for (const c of [CATEGORIES[1], CATEGORIES[0], CATEGORIES[2], CATEGORIES[3]]) {
    for (const m of lists[c.key]) {
      if (nodes.has(m.measure)) continue;
      const remaining = (m.remaining || []).map(x => x.id || x).filter(id => !nodes.has(id));
      if (nodes.size + 1 + remaining.length > s.limit) { truncated = true; continue; }
      nodes.set(m.measure, { id: m.measure, label: m.excerpt, type: 'Measure', role: m.role, classes: c.classes });
      edges.push({ source: subject, target: m.measure, type: m.role, classes: 'removed' });
      if (answer.into) edges.push({ source: answer.into.id, target: m.measure, type: 'merged' });
      for (const id of (m.remaining || []).map(x => x.id || x)) {
        if (!nodes.has(id)) nodes.set(id, { id, label: name(id), type: 'Agency', classes: 'remaining' });
        edges.push({ source: id, target: m.measure, type: 'remaining' });
      }
    }
  }
  return h('div', {},
    h('p', { class: 'note' }, t('impact.legend')),
    truncated ? h('p', { class: 'note' }, h('button', { type: 'button', onclick: more }, t('picture.more'))) : null,
    network('impact-' + s.name, { nodes: [...nodes.values()], edges, height: 420 }, ctx));
}

function expiryForm(ctx) {
  const date = h('input', { type: 'date', name: 'before', required: true });
  const f = h('form', { class: 'filters' }, h('label', {}, t('impact.expiry'), date), h('button', { type: 'submit' }, t('impact.run')));
  f.addEventListener('submit', e => { e.preventDefault(); ctx.navigate(route('chains', null, { before: date.value })); });
  return f;
}

function form(s, go) {
  const agency = agencyInput('agency', s.agency, t('impact.agency'));
  const into = agencyInput('into', s.into, t('impact.into'));
  const remove = h('input', { type: 'radio', name: 'change-' + s.name, value: 'remove', checked: s.change === 'remove' });
  const merge = h('input', { type: 'radio', name: 'change-' + s.name, value: 'merge', checked: s.change === 'merge' });
  const inherited = h('input', { type: 'checkbox', name: 'inherited', checked: s.inherited });
  const asOf = h('input', { type: 'date', name: 'asOf', value: s.asOf });
  const f = h('form', { class: 'filters scenario-form', 'aria-label': t('impact.scenario', { name: s.name.toUpperCase() }) },
    agency.label,
    h('fieldset', {}, h('legend', {}, t('impact.change')), h('label', {}, remove, t('impact.remove')), h('label', {}, merge, t('impact.merge'))),
    into.label,
    h('label', {}, inherited, t('impact.inherited')),
    h('label', {}, t('impact.asOf'), asOf),
    h('button', { type: 'submit' }, t('impact.run')),
    h('button', { type: 'button', onclick: () => go(s.name, {}) }, t('impact.clear')));
  f.addEventListener('submit', event => {
    event.preventDefault();
    const values = { agency: agency.input.value.trim(), change: merge.checked ? 'merge' : 'remove', inherited: inherited.checked ? '1' : '0' };
    if (merge.checked) values.into = into.input.value.trim();
    if (asOf.value) values.asOf = asOf.value;
    go(s.name, values);
  });
  return f;
}
