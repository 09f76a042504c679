import { get, items } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/** A text box for an agency id, with names suggested as one types (value = id, label = name). */
export function agencyInput(name, value, label) {
  const list = h('datalist', { id: 'list-' + name + '-' + Math.random().toString(36).slice(2) });
  const input = h('input', { type: 'text', name, value, list: list.id, placeholder: t('impact.pick'), autocomplete: 'off' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q || q.includes(':')) return;
    timer = setTimeout(async () => {
      try {
        const found = items(await get('/api/agencies', { q, size: 20 }));
        list.replaceChildren(...found.map(a => h('option', { value: a.id, label: a.name + (a.jurisdiction ? '（' + a.jurisdiction + '）' : '') })));
      } catch (ignored) { /* suggestions are a convenience: typing an id works without them */ }
    }, 200);
  });
  return { input, label: h('label', {}, label, input, list) };
}
