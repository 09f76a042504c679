import { h } from './dom.js';
import { t } from './i18n.js';

/** Rows drawn at first; a long list draws the rest on request (the CSV always holds them all). */
const SHOWN = 200;

/**
 * A table with a CSV download of exactly its rows. columns: [{label, value: row => text, cell?: row => Node}].
 * groupBy (optional): row => group title; rows of a group follow each other under a header row.
 */
export function table({ name, caption, columns, rows, groupBy, empty }) {
  const head = h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, c.label))));
  const grid = h('table', {}, head, body(columns, rows.slice(0, SHOWN), groupBy));
  const more = rows.length > SHOWN ? h('button', { type: 'button', class: 'more' }, t('table.all', { n: rows.length })) : null;
  more?.addEventListener('click', () => {
    grid.replaceChildren(head, ...body(columns, rows, groupBy));
    more.remove();
  });
  const download = h('button', { type: 'button', class: 'csv', dataset: { csv: name } }, t('csv'));
  download.addEventListener('click', () => save(name + '.csv', csv(columns, rows, groupBy)));
  return h('div', { class: 'table-wrap', dataset: { table: name, rows: rows.length } },
    h('div', { class: 'table-bar' }, h('span', { class: 'caption' }, caption || ''),
      h('span', { class: 'count' }, rows.length + ' ' + t('rows')), download),
    rows.length === 0 ? h('p', { class: 'empty' }, empty || t('none')) : h('div', { class: 'scroll' }, grid), more);
}

function body(columns, rows, groupBy) {
  const bodies = [];
  let current = null;
  let tbody = null;
  for (const row of rows) {
    const group = groupBy ? groupBy(row) : null;
    if (!tbody || (groupBy && group !== current)) {
      tbody = h('tbody');
      if (groupBy) tbody.append(h('tr', { class: 'group' }, h('th', { colspan: columns.length, scope: 'rowgroup' }, group)));
      bodies.push(tbody);
      current = group;
    }
    tbody.append(h('tr', {}, columns.map(c => h('td', {}, c.cell ? c.cell(row) : text(c.value(row))))));
  }
  return bodies;
}

function text(v) {
  return v === undefined || v === null ? '' : String(v);
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export function csv(columns, rows, groupBy) {
  const quote = v => {
    const s = text(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };
  const header = (groupBy ? [''] : []).concat(columns.map(c => c.label));
  const lines = [header.map(quote).join(',')];
  for (const row of rows) {
    const values = (groupBy ? [groupBy(row)] : []).concat(columns.map(c => c.value(row)));
    lines.push(values.map(quote).join(','));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function save(filename, content) {
  const blob = new Blob([content], { type: 'text/csv;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const a = h('a', { href, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}
