// The REST API as the workbench uses it. Errors become ApiError with the problem document's detail,
// shown on the screen (not thrown into the console).

export class ApiError extends Error {
  constructor(status, detail, problem) {
    super(detail || ('HTTP ' + status));
    this.status = status;
    /** the problem document as answered (its {@code parameter} names the field a correction got wrong) */
    this.problem = problem || {};
  }
}

// The reviewer's API key lives in this tab's sessionStorage: never in the URL (links are sent to others),
// gone when the tab closes.
const KEY = 'policygraph.apiKey';

export function apiKey() {
  return sessionStorage.getItem(KEY) || '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY, key); else sessionStorage.removeItem(KEY);
}

function url(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const q = query.toString();
  return path + (q ? '?' + q : '');
}

async function answer(response) {
  const body = await response.text();
  let json = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch (notJson) {
    // a refusal written by something other than the API (a proxy's 413 page): the status still tells what happened
    if (response.ok) throw notJson;
  }
  if (!response.ok) throw new ApiError(response.status, json && (json.detail || json.title), json);
  return json;
}

/** GET path (segments given as an array are percent-encoded one by one). */
export async function get(path, params) {
  const p = Array.isArray(path) ? path.map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/') : path;
  return answer(await fetch(url(p, params), { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  return answer(await fetch(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body),
  }));
}

/** A write with the reviewer's key (POST with a JSON body, or DELETE). */
export async function write(method, path, body) {
  const headers = { Accept: 'application/json', 'X-API-Key': apiKey() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return answer(await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
}

/** A file sent as multipart {@code file} with the reviewer's key, and query parameters (name, replace …). */
export async function upload(path, params, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return answer(await fetch(url(path, params), { method: 'POST', headers: { Accept: 'application/json', 'X-API-Key': apiKey() }, body: form }));
}

/** The items of a page envelope, or the answer itself when it is a plain list. */
export function items(answer) {
  if (Array.isArray(answer)) return answer;
  return (answer && (answer.items || answer.content)) || [];
}

export function total(answer) {
  if (Array.isArray(answer)) return answer.length;
  return (answer && (answer.total ?? answer.totalElements)) ?? items(answer).length;
}
