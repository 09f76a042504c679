import { apiKey, get, write } from '../api.js';
import { h, link, route, section, stat } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { bars } from '../chart.js';
import { agencyInput } from '../agency-input.js';
import { failure, keyPanel } from '../key.js';

// #/review?kind=…&jurisdiction=…&page=…: the review queue (GET /api/review). Each item carries the corrections
// that resolve it, as the API proposes them; a holder of the API key sends one with a reason and the screen is
// drawn again from the queue, where the item is gone. The key is never part of the URL.

const PAGE = 20;

const KINDS = ['provisional-agency', 'measure-without-body', 'flagged-unit', 'stale-correction'];

/** The fields a reviewer fills in before an action of this kind is sent (the API leaves them blank). */
const NEEDS = {
  'fact.add': ['body', 'role'],
  'fact.role': ['body', 'role'],
  'fact.remove': ['body'],
  'name.other-kind': ['organisationKind'],
};

/** What the last action did, shown once on the screen drawn after it. */
let done = null;

export async function render(r, ctx) {
  const kind = KINDS.includes(r.params.get('kind')) ? r.params.get('kind') : '';
  const jurisdiction = r.params.get('jurisdiction') || '';
  const page = Number(r.params.get('page') || 0);
  const state = { kind, jurisdiction, page };
  const go = change => ctx.navigate(route('review', null, { ...state, ...change }));
  const queue = await ctx.load(get('/api/review', { kind, jurisdiction, page, size: PAGE }));
  const counts = queue.counts || {};
  const all = KINDS.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
  const pages = Math.max(1, Math.ceil((queue.total ?? 0) / PAGE));
  const key = apiKey();
  const message = done;
  done = null;

  const view = h('div', { class: 'screen' }, h('h1', {}, t('review.title') + '（', h('span', { dataset: { queueTotal: all } }, String(all)), '）'),
    h('p', {}, t('review.note')),
    message ? h('p', { class: 'done', role: 'status' }, message) : null,
    keyPanel(ctx),
    h('div', { class: 'stats' }, KINDS.map(k => h('a', { href: route('review', null, { kind: k, jurisdiction }), class: 'stat-link',
      'aria-current': k === kind ? 'true' : null }, stat(t('review.kind.' + k), counts[k] ?? 0, k)))),
    filters(state, go));
  view.append(section(t('review.counts'), bars('review-kinds', { categories: KINDS.map(k => t('review.kind.' + k)),
    series: [{ name: t('review.counts'), data: KINDS.map(k => counts[k] ?? 0), color: '#7a5fb0' }] }, ctx)));

  const columns = [
    { label: t('col.type'), value: x => t('review.kind.' + x.kind) },
    { label: t('col.name'), value: x => x.title, cell: x => title(x) },
    { label: t('col.jurisdiction'), value: x => x.jurisdiction },
    { label: t('col.source'), value: x => source(x).join('；'), cell: x => h('span', {}, sourceCells(x)) },
    { label: t('col.candidates'), value: x => (x.candidates || []).map(c => c.name + ' ' + c.similarity).join('；'),
      cell: x => h('span', {}, (x.candidates || []).map(c => h('span', { class: 'occ' }, link('Agency', c.id, c.name), ' ' + c.similarity))) },
    { label: t('review.flags'), value: x => (x.flags || []).join('、') },
    { label: t('review.actions'), value: x => (x.actions || []).map(a => actionLabel(a)).join('；'),
      cell: x => (key ? actions(x, ctx) : h('span', { class: 'note' }, (x.actions || []).map(a => actionLabel(a)).join('；'))) },
    { label: t('col.id'), value: x => x.id },
  ];
  view.append(section(t('review.items'), table({ name: 'review-items', rows: queue.items || [], columns }),
    h('nav', { class: 'pager', 'aria-label': 'pages' },
      h('button', { type: 'button', disabled: page <= 0, onclick: () => go({ page: page - 1 }) }, t('agency.prev')),
      h('span', {}, (page + 1) + ' / ' + pages),
      h('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => go({ page: page + 1 }) }, t('agency.next')))));
  return view;
}

function filters(state, go) {
  const kind = h('select', { name: 'kind' }, h('option', { value: '' }, t('role.any')),
    KINDS.map(k => h('option', { value: k, selected: k === state.kind }, t('review.kind.' + k))));
  const place = h('input', { type: 'text', name: 'jurisdiction', value: state.jurisdiction });
  const form = h('form', { class: 'filters' }, h('label', {}, t('col.type'), kind), h('label', {}, t('analytics.jurisdiction'), place),
    h('button', { type: 'submit' }, t('agency.apply')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go({ kind: kind.value, jurisdiction: place.value.trim(), page: 0 });
  });
  return form;
}

function title(x) {
  const text = x.title && x.title.length > 80 ? x.title.slice(0, 80) + '…' : x.title;
  if (x.kind === 'provisional-agency') return link('Agency', x.id, text);
  if (x.kind === 'stale-correction') return h('span', {}, text);
  return link('Measure', x.id, text);
}

function source(x) {
  if (x.kind === 'provisional-agency') return (x.occurrences || []).map(o => o.file + ':' + o.lineStart);
  const lines = x.lineStart === null || x.lineStart === undefined ? '' : ':' + x.lineStart + (x.lineEnd && x.lineEnd !== x.lineStart ? '–' + x.lineEnd : '');
  return [(x.file || x.document || '') + lines, x.staleReason].filter(Boolean);
}

function sourceCells(x) {
  if (x.kind === 'provisional-agency') {
    return (x.occurrences || []).slice(0, 5).map(o => h('span', { class: 'occ' }, link('Measure', o.measure, o.file + ':' + o.lineStart)));
  }
  return source(x).join('；');
}

function actionLabel(a) {
  const kind = a.request ? a.request.kind : 'withdraw';
  return t('review.action.' + kind, { name: a.request?.into ? candidateName(a) : '' });
}

/** The API names the candidate in its English label ("alias to 市教育局"); the id is the fallback. */
function candidateName(a) {
  const m = /^alias to (.+)$/.exec(a.action || '');
  return m ? m[1] : a.request.into;
}

/** Why the reviewer decided: prefilled with where the item was read, as the README's examples give it. */
function defaultWhy(x) {
  const at = source(x)[0];
  return at ? t('review.why.default', { at }) : '';
}

/** The item's actions: one form, a reason, the fields some actions need, one button per action. */
function actions(x, ctx) {
  const list = x.actions || [];
  const needs = new Set(list.flatMap(a => NEEDS[a.request?.kind] || []));
  const why = h('input', { type: 'text', name: 'why', required: true, value: defaultWhy(x), 'aria-label': t('review.why') });
  const body = needs.has('body') ? agencyInput('body', '', t('review.body')) : null;
  if (body) body.input.addEventListener('focus', () => suggestBodiesOf(x.id, body.input), { once: true });
  const proposedRole = list.find(a => a.request?.role)?.request.role;
  const role = needs.has('role') ? h('select', { name: 'role', 'aria-label': t('col.role') },
    ['lead', 'responsible', 'inherited'].map(v => h('option', { value: v, selected: v === proposedRole }, t('role.' + v)))) : null;
  const proposedKind = list.find(a => a.request?.organisationKind)?.request.organisationKind || '';
  const organisationKind = needs.has('organisationKind')
    ? h('input', { type: 'text', name: 'organisationKind', value: proposedKind, 'aria-label': t('review.organisationKind') }) : null;
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const buttons = list.map((a, i) => h('button', { type: 'submit', value: String(i),
    dataset: { action: a.request ? a.request.kind : 'withdraw', into: a.request?.into || undefined } }, actionLabel(a)));
  const form = h('form', { class: 'actions', dataset: { item: x.id }, 'aria-label': t('review.actions') },
    h('label', {}, t('review.why'), why), body?.label, role ? h('label', {}, t('col.role'), role) : null,
    organisationKind ? h('label', {}, t('review.organisationKind'), organisationKind) : null,
    h('div', { class: 'buttons' }, buttons), error);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const a = list[Number(event.submitter?.value ?? 0)];
    const request = a.request ? { ...a.request, why: why.value.trim() } : null;
    const needed = NEEDS[request?.kind] || [];
    if (needed.includes('body')) request.body = body.input.value.trim();
    if (needed.includes('role')) request.role = role.value;
    if (needed.includes('organisationKind')) request.organisationKind = organisationKind.value.trim();
    buttons.forEach(b => { b.disabled = true; });
    error.hidden = true;
    try {
      await write(a.method, a.path, request ?? undefined);
      done = t('review.done', { action: actionLabel(a), item: x.title.length > 40 ? x.title.slice(0, 40) + '…' : x.title });
      ctx.reload();
    } catch (e) {
      error.textContent = failure(e, 'review');
      error.hidden = false;
      buttons.forEach(b => { b.disabled = false; });
    }
  });
  return form;
}

/** The measure's own bodies as the first suggestions: removing a body or changing its role names one of them. */
async function suggestBodiesOf(measure, input) {
  try {
    const m = await get(['/api/measures', measure]);
    const bodies = ['lead', 'responsible', 'inherited'].flatMap(role => (m[role] || []).map(b => ({ ...b, role })));
    input.list?.replaceChildren(...bodies.map(b => h('option', { value: b.id, label: b.name + '（' + t('role.' + b.role) + '）' })));
  } catch (ignored) { /* suggestions are a convenience: typing an id works without them */ }
}
