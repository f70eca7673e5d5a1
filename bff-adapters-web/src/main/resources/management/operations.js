// The operations page (README, docs/decisions/0017-operations-page.md): polls the management API with the pasted staff token and draws what it says.
// The token lives in this tab's sessionStorage only: never in localStorage, a URL or the console.
import uPlot from './uPlot.esm.js';

const API = '/api/management/bff/';
const TOKEN_KEY = 'bff-operations-token';
const POLL_MS = 5000;
const HISTORY_SECONDS = 15 * 60;     // the percentiles are "now" figures: the page keeps the trend itself
const INDEXES_EVERY = 6;             // polls between two index usage reads
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#17becf'];

const history = [];                  // {t: seconds, report} of the last HISTORY_SECONDS, oldest first
const charts = new Map();            // chart key -> {plot, labels}
let polls = 0;
let timer = null;
let polling = false;

// for inspection from the console (and the browser test): the uPlot instances and the kept history
globalThis.operationsPage = { charts, history };

const $ = (id) => document.getElementById(id);

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

function say(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', isError);
}

class Refused extends Error {}

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    cache: 'no-store',
    headers: Object.assign({ Authorization: 'Bearer ' + token(), Accept: 'application/json' },
      body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 || response.status === 403) {
    throw new Refused(response.status === 401
      ? 'The token was refused (401: expired or not valid). Paste a new one.'
      : 'This token is not a staff token (403).');
  }
  if (!response.ok) {
    const error = await response.json().catch(() => ({}));
    throw new Error(`${method} ${path}: ${response.status} ${error.error || ''}`.trim());
  }
  return response.json();
}

// ---- charts ----------------------------------------------------------------------------------------------------

/** A line chart in container for series labels, recreated when the labels change; data: [xs, ...ys]. */
function lineChart(key, container, labels, data, { unit, dashedLast = false }) {
  let chart = charts.get(key);
  if (!chart || chart.labels.join() !== labels.join()) {
    chart?.plot.destroy();
    const series = [{}].concat(labels.map((label, i) => ({
      label,
      stroke: dashedLast && i === labels.length - 1 ? '#b3261e' : COLOURS[i % COLOURS.length],
      width: 2,
      dash: dashedLast && i === labels.length - 1 ? [6, 4] : undefined,
      points: { show: true, size: 4 },
    })));
    const width = Math.max(320, Math.floor(container.clientWidth || 480));
    const plot = new uPlot({
      width, height: 220, series,
      legend: { live: false },
      // at least a minute wide, so the first few points do not stretch over sub-second ticks
      scales: { x: { time: true, range: (u, min, max) => [Math.min(min, max - 60), max] } },
      axes: [{}, { label: unit, size: 56 }],
    }, data, container);
    chart = { plot, labels };
    charts.set(key, chart);
  } else {
    chart.plot.setData(data);
  }
}

function latencyCharts() {
  const latest = history[history.length - 1].report.performance;
  const xs = history.map((point) => point.t);
  const types = measured(history[history.length - 1].report);
  const container = $('latency-charts');
  if (types.length === 0) {
    if (charts.size === 0) container.textContent = 'No request measured yet (or monitoring is off).';
    return;
  }
  for (const node of [...container.childNodes]) if (node.nodeName !== 'FIGURE') node.remove();
  for (const type of types) {
    let figure = document.getElementById('latency-' + type);
    if (!figure) {
      figure = document.createElement('figure');
      figure.id = 'latency-' + type;
      figure.className = 'latency';
      figure.append(document.createElement('figcaption'), document.createElement('div'));
      container.append(figure);
    }
    const threshold = latest.thresholds[type] ?? latest.thresholds.default;
    figure.querySelector('figcaption').textContent =
      `${type}: ${latest.stats[type].count} requests, threshold ${threshold} ms`;
    const figureOf = (name) => history.map((point) => point.report.performance.stats[type]?.[name] ?? null);
    const thresholds = history.map((point) =>
      point.report.performance.thresholds[type] ?? point.report.performance.thresholds.default ?? null);
    lineChart('latency-' + type, figure.querySelector('div'), ['p50', 'p95', 'p99', 'threshold'],
      [xs, figureOf('p50_ms'), figureOf('p95_ms'), figureOf('p99_ms'), thresholds],
      { unit: 'ms', dashedLast: true });
  }
}

/** The endpoint types with requests in the monitor's window. */
function measured(report) {
  return Object.keys(report.performance.stats).filter((type) => report.performance.stats[type].count > 0).sort();
}

/** The endpoint types answered from the cache (X-Cache HIT, MISS or STALE) in the monitor's window. */
function cached(report) {
  return measured(report).filter((type) => {
    const stats = report.performance.stats[type];
    return stats.hits + stats.misses + stats.stale > 0;
  });
}

function hitRateChart() {
  const xs = history.map((point) => point.t);
  const types = [...new Set(history.flatMap((point) => cached(point.report)))].sort();
  if (types.length === 0) {
    $('hit-rate-chart').textContent = 'No request answered from the cache yet.';
    return;
  }
  if (!charts.has('hit-rate')) $('hit-rate-chart').textContent = '';
  const ys = types.map((type) => history.map((point) =>
    cached(point.report).includes(type) ? point.report.performance.stats[type].hit_rate * 100 : null));
  lineChart('hit-rate', $('hit-rate-chart'), types, [xs, ...ys], { unit: '%' });
}

function statementsChart() {
  const xs = history.map((point) => point.t);
  const types = measured(history[history.length - 1].report);
  if (types.length === 0) {
    $('statements-chart').textContent = 'No request measured yet.';
    return;
  }
  if (!charts.has('statements')) $('statements-chart').textContent = '';
  const ys = types.map((type) => history.map((point) => point.report.performance.stats[type]?.mean_queries ?? null));
  lineChart('statements', $('statements-chart'), types, [xs, ...ys], { unit: 'statements' });
}

// ---- tables and text -------------------------------------------------------------------------------------------

/** Rows of text cells (never HTML: paths and users come from requests); a cell {text, className} to style one. */
function fillTable(tbody, rows, emptyText, columns) {
  tbody.replaceChildren();
  if (rows.length === 0) {
    const td = document.createElement('td');
    td.colSpan = columns;
    td.className = 'muted';
    td.textContent = emptyText;
    tbody.append(document.createElement('tr'));
    tbody.lastChild.append(td);
    return;
  }
  for (const cells of rows) {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const td = document.createElement('td');
      if (cell !== null && typeof cell === 'object') {
        td.textContent = cell.text;
        td.className = cell.className;
      } else {
        td.textContent = cell ?? '–';
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
}

const number = (value) => ({ text: String(value ?? '–'), className: 'number' });
const percent = (rate) => (rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + ' %');

function showReport(report) {
  const score = $('health-score');
  score.textContent = String(report.health_score);
  score.className = 'score ' + (report.health_score >= 80 ? 'good' : report.health_score >= 50 ? 'warn' : 'bad');
  $('updated').textContent = 'as of ' + new Date(report.timestamp).toLocaleTimeString();
  const recommendations = $('recommendations');
  recommendations.replaceChildren();
  for (const r of report.recommendations) {
    const li = document.createElement('li');
    li.textContent = r.message;
    recommendations.append(li);
  }
  if (report.recommendations.length === 0) {
    recommendations.append(Object.assign(document.createElement('li'), { className: 'muted', textContent: 'none' }));
  }

  const backends = report.cache.backends;
  $('backends').textContent = `Backends: ${backends.l1}` + (backends.l2
    ? ` + ${backends.l2} (${backends.redis_available ? 'up' : 'DOWN'})` : ' (no Redis)')
    + `; lookups since start: ${percent(report.cache.lookups.hit_rate)} hits`;
  fillTable($('cache-types'), report.cache.types.map((t) =>
    [t.type, number(t.ttl_seconds), number(t.l1_entries), number(t.l2_entries)]), 'no cache type', 4);

  fillTable($('alerts'), report.performance.alerts.slice(0, 20).map((a) => [
    new Date(a.at).toLocaleTimeString(), a.type, { text: `${a.method} ${a.path}`, className: 'path' },
    number(a.status), number(a.response_time_ms.toFixed(1)), number(a.threshold_ms.toFixed(0)),
    number(a.query_count), a.cache_state]), 'no alert', 8);
}

function showIndexes(report) {
  $('indexes-since').textContent = `Statistics counted for ${Math.round(report.statistics_age_seconds / 60)} min`
    + ` (since ${new Date(report.statistics_since).toLocaleString()}).`;
  fillTable($('indexes'), report.indexes.map((i) => [
    { text: i.name, className: 'path' }, i.table, number(i.scans), number(i.tuples_read),
    number((i.size_bytes / 1024).toFixed(0) + ' KiB'), i.valid ? 'yes' : 'NO']), 'no idx_bff_* index', 6);
}

// ---- polling ---------------------------------------------------------------------------------------------------

async function poll() {
  clearTimeout(timer);
  timer = null;
  if (polling || !token()) return;
  polling = true;
  try {
    const report = await call('GET', 'performance/');
    const t = Date.now() / 1000;
    history.push({ t, report });
    while (history.length > 0 && history[0].t < t - HISTORY_SECONDS) history.shift();
    showReport(report);
    latencyCharts();
    hitRateChart();
    statementsChart();
    if (polls++ % INDEXES_EVERY === 0) showIndexes(await call('GET', 'database/indexes/'));
    say(`Connected: ${history.length} points kept (last ${HISTORY_SECONDS / 60} min), next in ${POLL_MS / 1000} s.`);
    setActionsEnabled(true);
  } catch (error) {
    say(error.message, true);
    if (error instanceof Refused) forget(error.message);
  } finally {
    polling = false;
  }
  if (token()) timer = setTimeout(poll, POLL_MS);
}

function setActionsEnabled(enabled) {
  $('flush').disabled = !enabled;
  $('warmup').disabled = !enabled;
}

function forget(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(timer);
  timer = null;
  setActionsEnabled(false);
  say(message, true);
}

// ---- actions ---------------------------------------------------------------------------------------------------

/** Opens the confirmation dialog; resolves true when the operator confirms (false while it is already open). */
function confirmed(text) {
  const dialog = $('confirm');
  if (dialog.open) return Promise.resolve(false);
  $('confirm-text').textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}

async function act(question, method, path, body, outcome) {
  if (!(await confirmed(question))) return;
  const result = $('action-result');
  try {
    result.textContent = outcome(await call(method, path, body));
    result.classList.remove('error');
  } catch (error) {
    result.textContent = error.message;
    result.classList.add('error');
  }
  poll();
}

$('flush').addEventListener('click', () => {
  const type = $('flush-type').value;
  act(`Flush every "${type}" entry of the cache, on every instance?`, 'POST', 'cache/flush/', { type },
    (answer) => `Flushed ${answer.flushed} entries (${type}).`);
});

$('warmup').addEventListener('click', () =>
  act('Warm up the dashboards and today\'s and tomorrow\'s availability of every active club?', 'POST',
    'cache/warmup/', {}, (answer) => `Warmed ${answer.warmed} entries.`));

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const pasted = $('token').value.trim().replace(/^Bearer\s+/i, '');
  $('token').value = '';
  if (!pasted) return;
  sessionStorage.setItem(TOKEN_KEY, pasted);
  say('Connecting…');
  poll();
});

$('forget').addEventListener('click', () => forget('Token forgotten. Paste a staff token to start again.'));

if (token()) poll();
