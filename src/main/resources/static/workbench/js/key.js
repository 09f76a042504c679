import { apiKey, setApiKey } from './api.js';
import { h, section } from './dom.js';
import { t } from './i18n.js';

// The API key as every screen that writes asks for it (ADR 0023): pasted once, kept in this tab's
// sessionStorage, never in a URL. A screen without a key shows what it would offer read-only, with this hint.

/** The key panel: the form and how to get a key without one, a line and "forget" with one. */
export function keyPanel(ctx) {
  if (apiKey()) {
    return h('p', { class: 'key', dataset: { key: 'set' } }, t('key.set'), ' ',
      h('button', { type: 'button', class: 'csv', onclick: () => { setApiKey(''); ctx.reload(); } }, t('key.clear')));
  }
  const input = h('input', { type: 'password', name: 'apiKey', autocomplete: 'off', required: true, 'aria-label': t('key.label') });
  const form = h('form', { class: 'filters', dataset: { key: 'missing' } }, h('label', {}, t('key.label'), input),
    h('button', { type: 'submit' }, t('key.use')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    setApiKey(input.value.trim());
    ctx.reload();
  });
  return section(t('key.title'), h('p', {}, t('key.how')), form);
}

/**
 * A refused write in the interface's language, then the server's own words as it wrote them. {@code scope} picks
 * the screen's wording ('review' for corrections, 'doc' for documents); the status decides the sentence.
 */
export function failure(e, scope) {
  const field = e.problem?.parameter || '';
  const own = status => t(scope + '.error.' + status, { status, field });
  const head = e.status === 401 ? t('key.error.401')
    : [404, 409, 413].includes(e.status) && hasText(scope + '.error.' + e.status) ? own(e.status)
      : e.status >= 400 && e.status < 500 ? t(scope + '.error.4xx', { status: e.status, field })
        : t('key.error.other', { status: e.status ?? '' });
  return head + (e.message ? ' — ' + e.message : '');
}

function hasText(key) {
  return t(key) !== key;
}
