import { get } from '../api.js';
import { h, link, route, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { bars } from '../chart.js';
import { take } from '../notice.js';

// Results are grouped by kind, each with its own count, from one pass over the hits (/api/search/groups).
const GROUPS = [
  { key: 'bodies', types: ['Agency', 'AgencyGroup', 'Organisation'] },
  { key: 'Measure', types: ['Measure'] },
  { key: 'Document', types: ['Document'] },
  { key: 'chains', types: ['Chain', 'ChainSegment'] },
  { key: 'Park', types: ['Park'] },
  { key: 'Project', types: ['Project'] },
  { key: 'Place', types: ['Place'] },
];

const PER_KIND = 10;

export async function render(route_, ctx) {
  const q = (route_.params.get('q') || '').trim();
  const input = h('input', { type: 'search', name: 'q', value: q, 'aria-label': t('search.label'), placeholder: t('search.label'),
    autofocus: true, maxlength: 200 });
  const form = h('form', { class: 'search', role: 'search' }, input, h('button', { type: 'submit' }, t('search.button')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    ctx.navigate(route('search', null, { q: input.value.trim() }));
  });
  const notice = take();
  const view = h('div', { class: 'screen' }, h('h1', {}, t('search.title')),
    notice ? h('p', { class: 'done', role: 'status' }, notice) : null, form);
  if (!q) {
    view.append(h('p', {}, t('search.intro')), section(t('search.examples'), h('ul', { class: 'examples' },
      h('li', {}, h('a', { href: route('impact', null, { 'a.agency': 'jinan:生态环境局', 'a.change': 'remove', 'a.inherited': '0' }) }, t('search.example.impact'))),
      h('li', {}, h('a', { href: route('impact', null, { 'a.agency': 'jinan:生态环境局', 'a.change': 'remove', 'a.inherited': '0',
        'b.agency': 'jinan:生态环境局', 'b.change': 'merge', 'b.into': 'jinan:城市管理局', 'b.inherited': '0' }) }, t('search.example.merge'))),
      h('li', {}, h('a', { href: route('chains', null, { before: '2025-09-01' }) }, t('search.example.expiring'))),
      h('li', {}, h('a', { href: route('search', null, { q: '市城管局' }) }, '市城管局')),
      h('li', {}, h('a', { href: route('search', null, { q: '加氢站' }) }, '加氢站')))));
    return view;
  }
  const answer = await ctx.load(get('/api/search/groups', { q, per: PER_KIND }));
  const byType = new Map((answer.groups || []).map(g => [g.type, g]));
  const groups = GROUPS.map(g => {
    const found = g.types.map(type => byType.get(type)).filter(Boolean);
    const rows = found.flatMap(f => f.hits || []).sort((x, y) => (y.score ?? 0) - (x.score ?? 0)).slice(0, PER_KIND);
    return { ...g, rows, total: found.reduce((sum, f) => sum + (f.total ?? 0), 0) };
  });
  view.append(section(t('search.hits'), bars('search-hits', {
    categories: groups.map(g => t('kind.' + g.key)),
    series: [{ name: t('search.hits'), data: groups.map(g => g.total), color: '#3b6fb6' }],
  }, ctx)));
  for (const g of groups) {
    view.append(h('section', { class: 'panel', dataset: { group: g.key, total: g.total } },
      h('h2', {}, t('kind.' + g.key) + ' (' + g.total + ')'),
      table({
        name: 'search-' + g.key, caption: q, rows: g.rows, columns: [
          { label: t('col.name'), value: r => r.name, cell: r => link(r.type, r.id, r.name || r.id) },
          { label: t('col.type'), value: r => t('kind.' + r.type) },
          { label: t('col.excerpt'), value: r => r.excerpt },
          { label: t('col.document'), value: r => r.document, cell: r => (r.document ? link('Document', r.document) : '') },
          { label: t('col.id'), value: r => r.id },
        ],
      })));
  }
  return view;
}
