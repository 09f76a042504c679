// Building DOM from data without innerHTML, so text from documents is never read as markup.

/** h('a', {href: '#/x', class: 'y'}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** A hash link to a screen: route('agency', id, {role: 'lead'}) */
export function route(name, id, params) {
  let hash = '#/' + name + (id ? '/' + encodeURIComponent(id) : '');
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const q = query.toString();
  return q ? hash + '?' + q : hash;
}

/** The screen a graph node or search hit of this kind opens, or null. */
export function routeFor(type, id) {
  switch (type) {
    case 'Agency': case 'AgencyGroup': case 'Organisation': return route('agency', id);
    case 'Measure': return route('measure', id);
    case 'Document': return route('document', id);
    case 'Chain': return route('chain', id);
    case 'ChainSegment': return id && id.includes('.') ? route('chain', id.split('.')[0], { segment: id }) : null;
    default: return null;
  }
}

export function link(type, id, text) {
  const href = routeFor(type, id);
  return href ? h('a', { href }, text ?? id) : h('span', {}, text ?? id);
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}

/** Values read by name, so a renamed or added field in an answer does not break a screen. */
export function pick(object, ...names) {
  for (const name of names) {
    if (object && object[name] !== undefined && object[name] !== null) return object[name];
  }
  return undefined;
}

export function stat(label, value, key) {
  return h('div', { class: 'stat', dataset: key ? { count: key } : undefined },
    h('span', { class: 'stat-value' }, String(value)), h('span', { class: 'stat-label' }, label));
}
