import { h } from './dom.js';
import { t, language } from './i18n.js';
import * as search from './screens/search.js';
import * as agency from './screens/agency.js';
import * as measure from './screens/measure.js';
import * as documentScreen from './screens/document.js';
import * as impact from './screens/impact.js';
import * as chains from './screens/chains.js';
import * as analytics from './screens/analytics.js';
import * as review from './screens/review.js';

// Every screen's state is in the hash (#/screen/id?param=value), so a link shows what its sender saw;
// a change of state is a change of the hash, and the screen is drawn again from it.
const SCREENS = { search, agency, measure, document: documentScreen, impact, chains, chain: chains, analytics, review };

const NAV = [['search', 'nav.search'], ['impact', 'nav.impact'], ['chains', 'nav.chains'], ['analytics', 'nav.analytics'], ['review', 'nav.review']];

class Stale extends Error {}

let generation = 0;
let disposers = [];

function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  const [name, ...rest] = path.split('/');
  return { name: name || 'search', id: rest.length ? decodeURIComponent(rest.join('/')) : null, params };
}

async function show() {
  const route = parse(location.hash);
  const screen = SCREENS[route.name] || search;
  const mine = ++generation;
  disposers.forEach(d => d());
  disposers = [];
  const main = document.getElementById('main');
  main.removeAttribute('data-ready');
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  for (const a of document.querySelectorAll('#nav a')) {
    a.toggleAttribute('aria-current', a.dataset.screen === route.name || (route.name === 'chain' && a.dataset.screen === 'chains'));
  }
  const pending = [];
  const ctx = {
    /** Awaits a promise, then stops this drawing if the user has moved on meanwhile. */
    async load(promise) {
      const value = await promise;
      if (mine !== generation) throw new Stale();
      return value;
    },
    afterAttach(fn) { pending.push(fn); },
    onDispose(fn) { disposers.push(fn); },
    navigate(hash) { location.hash = hash; },
    /** Draws the screen again from its URL, after a write changed what it shows. */
    reload() { show(); },
  };
  const started = performance.now();
  try {
    const view = await screen.render(route, ctx);
    if (mine !== generation) return;
    main.replaceChildren(view);
    pending.forEach(fn => fn());
    main.dataset.state = 'ready';
  } catch (error) {
    if (error instanceof Stale || mine !== generation) return;
    main.replaceChildren(h('div', { class: 'error', role: 'alert' }, h('h2', {}, error.status === 404 ? t('notFound') : t('error')),
      h('p', {}, error.message)));
    main.dataset.state = 'error';
  }
  main.dataset.ms = Math.round(performance.now() - started);
  main.dataset.ready = route.name;
}

function chrome() {
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  document.title = 'PolicyGraph ' + t('app.title');
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('skip').addEventListener('click', () => document.getElementById('main').focus());
  document.getElementById('nav').replaceChildren(...NAV.map(([screen, key]) =>
    h('a', { href: '#/' + screen, dataset: { screen } }, t(key))),
  h('a', { href: '/browser/' }, t('nav.browser')));
  const lang = document.getElementById('lang');
  lang.textContent = t('lang.switch');
  lang.addEventListener('click', () => {
    const query = new URLSearchParams(location.search);
    if (language === 'en') query.delete('lang'); else query.set('lang', 'en');
    const q = query.toString();
    location.search = q ? '?' + q : '';
  });
  document.getElementById('foot').textContent = t('foot');
  // "/" jumps to the search box, as on many sites
  document.addEventListener('keydown', event => {
    if (event.key === '/' && !/INPUT|TEXTAREA|SELECT/.test(document.activeElement.tagName)) {
      event.preventDefault();
      if (parse(location.hash).name !== 'search') location.hash = '#/search';
      else document.querySelector('input[name=q]')?.focus();
    }
  });
}

chrome();
window.addEventListener('hashchange', show);
show();
