import { get, items, total } from '../api.js';
import { h, link, route, section } from '../dom.js';
import { t } from '../i18n.js';
import { table } from '../table.js';
import { bars } from '../chart.js';

const PAGE = 50;

export async function render(r, ctx) {
  const page = Number(r.params.get('page') || 0);
  const answer = await ctx.load(get('/api/review/agencies', { page, size: PAGE }));
  const rows = items(answer);
  const byPlace = new Map();
  rows.forEach(x => byPlace.set(x.jurisdiction || '', (byPlace.get(x.jurisdiction || '') || 0) + 1));
  const pages = Math.max(1, Math.ceil(total(answer) / PAGE));
  return h('div', { class: 'screen' }, h('h1', {}, t('review.title') + '（' + total(answer) + '）'), h('p', {}, t('review.note')),
    section(t('review.byPlace'), bars('review-places', { categories: [...byPlace.keys()],
      series: [{ name: t('review.title'), data: [...byPlace.values()], color: '#7a5fb0' }] }, ctx)),
    section(t('review.title'), table({ name: 'review-agencies', rows, columns: [
      { label: t('col.surface'), value: x => x.surface },
      { label: t('col.jurisdiction'), value: x => x.jurisdiction },
      { label: t('col.occurrences'), value: x => (x.occurrences || []).map(o => o.file + ':' + o.lineStart).join('；'),
        cell: x => h('span', {}, (x.occurrences || []).slice(0, 5).map(o => h('span', { class: 'occ' }, link('Measure', o.measure, o.file + ':' + o.lineStart)))) },
      { label: t('col.candidates'), value: x => (x.candidates || []).map(c => c.name + ' ' + c.similarity).join('；'),
        cell: x => h('span', {}, (x.candidates || []).map(c => h('span', { class: 'occ' }, link('Agency', c.id, c.name), ' ' + c.similarity))) },
      { label: t('col.id'), value: x => x.id },
    ] }),
    h('nav', { class: 'pager' },
      h('a', { href: route('review', null, { page: Math.max(0, page - 1) }), 'aria-disabled': page <= 0 }, t('agency.prev')),
      h('span', {}, (page + 1) + ' / ' + pages),
      h('a', { href: route('review', null, { page: Math.min(pages - 1, page + 1) }), 'aria-disabled': page + 1 >= pages }, t('agency.next')))));
}
