import { apiKey, get, upload, write } from '../api.js';
import { h, link, route, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { chart } from '../chart.js';
import { failure, keyPanel } from '../key.js';
import { say } from '../notice.js';

/** The answer of the last replacement, shown once on the new version's screen: {id, result}. */
let answered = null;

export async function render(r, ctx) {
  const depth = Math.max(1, Math.min(4, Number(r.params.get('depth') || 2)));
  const [doc, matrix] = await ctx.load(Promise.all([get(['/api/documents', r.id]), get(['/api/pictures/documents', r.id, 'matrix'])]));
  const view = h('div', { class: 'screen' },
    h('h1', {}, doc.title || doc.name || doc.id),
    h('dl', { class: 'facts' },
      fact(t('doc.docNo'), doc.docNo), fact(t('doc.issuer'), doc.issuer), fact(t('col.type'), doc.kind),
      fact(t('col.jurisdiction'), doc.jurisdiction), fact(t('doc.validFrom'), doc.validFrom),
      fact(t('doc.validTo'), doc.validTo || t('doc.openEnded')), fact(t('col.measures'), doc.measureCount),
      fact(t('col.source'), (doc.sourceFile || '') + ':' + (doc.lineStart ?? '') + '–' + (doc.lineEnd ?? '')),
      doc.supersedes?.length ? fact(t('doc.supersedes'), h('span', { dataset: { supersedes: doc.supersedes.join(' ') } },
        doc.supersedes.map((old, i) => h('span', { class: 'occ' }, old + (doc.supersededAt?.[i] ? '（' + doc.supersededAt[i].slice(0, 10) + '）' : ''))))) : null));
  if (answered && answered.id === doc.id) view.append(answerPanel(answered.result));
  answered = null;
  view.append(actions(doc, ctx));

  const flat = [];
  const walk = (list, level) => {
    for (const s of list || []) {
      flat.push({ ...s, level });
      walk(s.children, level + 1);
    }
  };
  walk(doc.sections, 1);
  const titles = new Map(flat.map(s => [s.path, s.title]));
  view.append(section(t('doc.sections'), h('div', { class: 'two' },
    h('nav', { class: 'tree', 'aria-label': t('doc.sections') }, tree(doc.sections)),
    table({ name: 'document-sections', rows: flat, columns: [
      { label: t('col.section'), value: s => s.path },
      { label: t('col.sectionTitle'), value: s => s.title },
      { label: t('col.measures'), value: s => s.measures },
      { label: t('col.withResponsibility'), value: s => s.withResponsibility },
      { label: t('col.line'), value: s => s.lineStart },
    ] }))));

  // the matrix at the chosen depth: 二/（七）/5 counts under 二/（七） at depth 2
  const cut = path => (path || '').split('/').slice(0, depth).join('/');
  const cells = new Map();
  for (const c of matrix.cells || []) {
    const key = cut(c.path) + '\u0000' + c.agency;
    const x = cells.get(key) || { path: cut(c.path), agency: c.agency, name: c.name, lead: 0, responsible: 0, inherited: 0 };
    x.lead += c.lead || 0; x.responsible += c.responsible || 0; x.inherited += c.inherited || 0;
    cells.set(key, x);
  }
  // in the document's own order (二/（七） comes after 二/（三）, which no string order gives)
  const order = new Map(flat.map((s, i) => [s.path, i]));
  const rank = path => order.get(path) ?? Number.MAX_SAFE_INTEGER;
  const rows = [...cells.values()].sort((a, b) => rank(a.path) - rank(b.path));
  const paths = [...new Set(rows.map(c => c.path))];
  const agencies = [...new Map(rows.map(c => [c.agency, c.name])).entries()]
    .map(([id, name]) => ({ id, name, n: rows.filter(c => c.agency === id).reduce((s, c) => s + c.lead + c.responsible + c.inherited, 0) }))
    .sort((a, b) => b.n - a.n);
  const depthSelect = h('select', { name: 'depth', 'aria-label': t('doc.depth'),
    onchange: e => ctx.navigate(route('document', r.id, { depth: e.target.value })) },
  [1, 2, 3, 4].map(d => h('option', { value: d, selected: d === depth }, String(d))));
  view.append(section(t('doc.matrix'), h('label', {}, t('doc.depth'), ' ', depthSelect),
    chart('document-matrix', {
      tooltip: { formatter: p => agencies[p.value[0]].name + ' · ' + paths[p.value[1]] + '：' + p.value[2] },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: agencies.map(a => a.name), axisLabel: { rotate: 60, interval: 0, fontSize: 10 } },
      yAxis: { type: 'category', data: paths.map(p => p + ' ' + (titles.get(p) || '')), inverse: true,
        axisLabel: { width: 200, overflow: 'truncate', fontSize: 10 } },
      visualMap: { min: 0, max: Math.max(1, ...rows.map(c => c.lead + c.responsible + c.inherited)), show: false,
        inRange: { color: ['#e8eef7', '#3b6fb6', '#1b2f5a'] } },
      series: [{ type: 'heatmap', data: rows.map(c => [agencies.findIndex(a => a.id === c.agency), paths.indexOf(c.path),
        c.lead + c.responsible + c.inherited]), label: { show: rows.length < 400, fontSize: 9 } }],
    }, ctx, Math.max(260, 22 * paths.length + 160)),
    table({ name: 'document-matrix', rows, columns: [
      { label: t('col.section'), value: c => c.path },
      { label: t('col.sectionTitle'), value: c => titles.get(c.path) || '' },
      { label: t('col.name'), value: c => c.name, cell: c => link('Agency', c.agency, c.name) },
      { label: t('col.lead'), value: c => c.lead },
      { label: t('col.responsible'), value: c => c.responsible },
      { label: t('col.inherited'), value: c => c.inherited },
      { label: t('col.id'), value: c => c.agency },
    ] })));
  return view;
}

/** Replace and delete (issue 12's lifecycle) for a holder of the key; without one, the key panel says how to get it. */
function actions(doc, ctx) {
  if (!apiKey()) return h('div', { dataset: { docActions: 'hidden' } }, keyPanel(ctx));
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const show = e => {
    error.textContent = failure(e, 'doc');
    error.hidden = false;
  };
  const file = h('input', { type: 'file', name: 'file', required: true, 'aria-label': t('doc.file'),
    accept: '.txt,.text,.pdf,.ofd,.docx,.doc,.wps,.xlsx,.xls,.et,.htm,.html,.xhtml' });
  const replaceButton = h('button', { type: 'submit', dataset: { action: 'replace' } }, t('doc.replace'));
  const busy = h('span', { class: 'note', role: 'status' });
  const replace = h('form', { class: 'filters', dataset: { form: 'replace' } }, h('label', {}, t('doc.file'), ' ', file), replaceButton, busy);
  replace.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) return;
    replaceButton.disabled = true;
    error.hidden = true;
    busy.textContent = t('doc.uploading');
    try {
      const result = await upload('/api/documents', { replace: doc.id }, chosen);
      const next = result.created?.[0]?.id || doc.id;
      answered = { id: next, result };
      if (next === doc.id) ctx.reload(); else ctx.navigate(route('document', next));
    } catch (e) {
      show(e);
      busy.textContent = '';
      replaceButton.disabled = false;
    }
  });

  const confirm = h('button', { type: 'button', class: 'danger', dataset: { action: 'delete-confirm' } }, t('doc.delete.confirm'));
  const cancel = h('button', { type: 'button', class: 'csv', autofocus: true }, t('doc.cancel'));
  const dialog = h('dialog', { 'aria-labelledby': 'delete-title', dataset: { dialog: 'delete' } },
    h('h2', { id: 'delete-title' }, t('doc.delete.title')),
    h('p', {}, t('doc.delete.ask', { title: doc.title || doc.id, id: doc.id, measures: doc.measureCount ?? 0 })),
    h('div', { class: 'buttons' }, cancel, confirm));
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    try {
      const gone = (await write('DELETE', '/api/documents/' + encodeURIComponent(doc.id))).deleted;
      dialog.close();
      say(t('doc.deleted', { title: gone.title || doc.title, measures: gone.measures, facts: gone.facts }));
      ctx.navigate(route('search'));
    } catch (e) {
      dialog.close();
      show(e);
      confirm.disabled = false;
    }
  });
  const remove = h('button', { type: 'button', class: 'danger', dataset: { action: 'delete' }, onclick: () => dialog.showModal() }, t('doc.delete'));
  ctx.onDispose(() => dialog.open && dialog.close());
  return section(t('doc.actions'), h('p', {}, t('doc.actions.note')), keyPanel(ctx), replace,
    h('p', {}, remove), error, dialog);
}

/** What the upload answered: the versions before and after, counted, and the time of each stage when given. */
function answerPanel(result) {
  const sum = (list, field) => (list || []).reduce((n, o) => n + (o[field] ?? 0), 0);
  const rows = [['created', result.created], ['replaced', result.replaced], ['unchanged', result.unchanged]]
    .flatMap(([outcome, list]) => (list || []).map(o => ({ ...o, outcome })));
  const stages = Object.entries(result.stageMillis || {}).map(([stage, ms]) => ({ stage, ms }));
  return section(t('doc.answer'),
    h('p', { dataset: { answer: 'measures' } }, t('doc.answer.measures', { before: sum(result.replaced, 'measures'), after: sum(result.created, 'measures') }),
      '；', t('doc.answer.facts', { before: sum(result.replaced, 'facts'), after: sum(result.created, 'facts') })),
    table({ name: 'document-replacement', rows, columns: [
      { label: t('doc.answer.outcome'), value: o => t('doc.answer.' + o.outcome) },
      { label: t('col.id'), value: o => o.id, cell: o => (o.outcome === 'replaced' ? h('span', {}, o.id) : link('Document', o.id, o.id)) },
      { label: t('col.name'), value: o => o.title },
      { label: t('col.jurisdiction'), value: o => o.jurisdiction },
      { label: t('col.measures'), value: o => o.measures },
      { label: t('doc.answer.facts.col'), value: o => o.facts },
    ] }),
    result.unresolved?.length ? h('p', {}, t('doc.answer.unresolved'), '：', [...result.unresolved].join('、')) : null,
    stages.length ? table({ name: 'document-replacement-stages', rows: stages, columns: [
      { label: t('doc.answer.stage'), value: x => x.stage },
      { label: t('doc.answer.ms'), value: x => x.ms },
    ] }) : null);
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value ?? '')];
}

function tree(sections) {
  if (!sections || !sections.length) return null;
  return h('ul', {}, sections.map(s => h('li', {},
    h('span', { class: 'path' }, s.path), ' ', s.title || '', ' ', h('span', { class: 'badge' }, String(s.measures ?? 0)),
    tree(s.children))));
}
