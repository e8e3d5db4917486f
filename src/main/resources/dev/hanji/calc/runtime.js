// Hanji calculator runtime (DESIGN §5). Finds every [data-calculator] root on the page, loads
// that calculator's data module and the UI strings next to this file, and interprets the
// expression trees the generator wrote: no eval, no Function constructor, no HTML strings.
// The evaluation rules mirror dev.hanji.calc.Evaluator exactly (IEEE doubles, same checks, same order).

const BASE = new URL('./', import.meta.url);
const CALCULATOR_ID = /^[a-z][a-z0-9-]*$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FRAGMENT_KEY = /^[a-z][a-z0-9-]*\.[A-Za-z][A-Za-z0-9]*$/;
const MAX_FRAGMENT = 4096;
const MAX_VALUE_LENGTH = 64;
const MESSAGE_DECIMALS = 6;
const RAID_MAX_DISKS = 24;
const RAID_ROWS = 4;
// Fragment writes wait for a pause in typing: browsers throttle rapid history.replaceState calls.
const SAVE_DELAY_MS = 150;
const SVG = 'http://www.w3.org/2000/svg';
const LOCALES = { ko: 'ko-KR', en: 'en-US' };

// ---- expression interpreter ----

function evaluateExpr(node, env) {
  switch (node[0]) {
    case 'n':
    case 's':
      return node[1];
    case 'r':
      return env.get(node[1]);
    case 'u': {
      const value = evaluateExpr(node[2], env);
      return node[1] === 'not' ? !value : -value;
    }
    case 'b':
      return evaluateBinary(node[1], node[2], node[3], env);
    case 'c':
      return evaluateCall(node[1], node[2], env);
    default:
      throw new Error('unknown expression node');
  }
}

function evaluateBinary(op, leftNode, rightNode, env) {
  const a = evaluateExpr(leftNode, env);
  if (op === 'and') return a && evaluateExpr(rightNode, env);
  if (op === 'or') return a || evaluateExpr(rightNode, env);
  const b = evaluateExpr(rightNode, env);
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '^': return Math.pow(a, b);
    default: throw new Error('unknown operator');
  }
}

function evaluateCall(name, args, env) {
  if (name === 'if') {
    return evaluateExpr(args[0], env) ? evaluateExpr(args[1], env) : evaluateExpr(args[2], env);
  }
  const values = args.map((arg) => evaluateExpr(arg, env));
  switch (name) {
    case 'concat': return values.map((v) => (typeof v === 'number' ? String(v) : v)).join('');
    case 'min': return Math.min(...values);
    case 'max': return Math.max(...values);
    case 'ceil': return Math.ceil(values[0]);
    case 'floor': return Math.floor(values[0]);
    case 'round': return Math.round(values[0]);
    case 'abs': return Math.abs(values[0]);
    default: throw new Error('unknown function');
  }
}

// ---- formatting ----

function fill(template, args) {
  return template.replace(/\{([a-zA-Z]+)\}/g, (all, name) => (name in args ? args[name] : all));
}

function formatNumber(value, decimals, lang) {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: decimals, minimumFractionDigits: 0 })
    .format(value);
}

function formatPercent(value, decimals, lang) {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent', maximumFractionDigits: decimals, minimumFractionDigits: 0,
  }).format(value);
}

function formatOutput(output, value, lang) {
  let text;
  if (output.format === 'text') {
    const label = Object.prototype.hasOwnProperty.call(output.labels, value) ? output.labels[value] : null;
    text = label ? label[lang] : value;
  } else if (output.format === 'percent') {
    text = formatPercent(value, output.decimals, lang);
  } else {
    text = formatNumber(value, output.decimals, lang);
  }
  return output.unit ? text + ' ' + output.unit[lang] : text;
}

// ---- evaluation of a whole calculator ----

/** The input's value, or {problem} when it cannot be used (same checks as the Java evaluator). */
function parseInput(input, raw, strings, lang) {
  const label = { label: input.label[lang] };
  if (input.type === 'choice') {
    return input.choices.includes(raw) ? { value: raw } : { problem: fill(strings['error.badChoice'], label) };
  }
  if (!NUMBER.test(raw) || !Number.isFinite(Number(raw))) {
    return { problem: fill(strings['error.notNumber'], label) };
  }
  const number = Number(raw);
  if (input.type === 'integer' && number !== Math.floor(number)) {
    return { problem: fill(strings['error.notInteger'], label) };
  }
  if (input.min !== undefined && number < input.min) {
    return { problem: fill(strings['error.belowMin'], { ...label, min: formatNumber(input.min, MESSAGE_DECIMALS, lang) }) };
  }
  if (input.max !== undefined && number > input.max) {
    return { problem: fill(strings['error.aboveMax'], { ...label, max: formatNumber(input.max, MESSAGE_DECIMALS, lang) }) };
  }
  return { value: number };
}

function evaluateCalculator(spec, raw, strings, lang) {
  const env = new Map();
  for (const input of spec.inputs) {
    const text = (raw.has(input.id) ? raw.get(input.id) : input.default).trim();
    const parsed = parseInput(input, text, strings, lang);
    if ('problem' in parsed) return { error: parsed.problem };
    env.set(input.id, parsed.value);
  }
  for (const id of spec.order) {
    env.set(id, evaluateExpr(spec.exprs[id], env));
  }
  for (const rule of spec.errors) {
    if (evaluateExpr(rule.when, env)) return { error: rule.message[lang] };
  }
  for (const output of spec.outputs) {
    const value = env.get(output.id);
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return { error: fill(strings['error.notFinite'], { label: output.label[lang] }) };
    }
  }
  const warnings = spec.warnings.filter((w) => evaluateExpr(w.when, env));
  return { env, warnings };
}

// ---- URL fragment: #<id>.<inputId>=<value>&... ----

function readFragment() {
  const pairs = new Map();
  const hash = window.location.hash.slice(1);
  if (hash.length > MAX_FRAGMENT) return pairs;
  for (const part of hash.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    try {
      const key = decodeURIComponent(part.slice(0, eq));
      const value = decodeURIComponent(part.slice(eq + 1));
      if (FRAGMENT_KEY.test(key)) pairs.set(key, value);
    } catch (e) {
      // A malformed escape is garbage from the link: ignore that pair.
    }
  }
  return pairs;
}

function writeFragment(pairs) {
  const hash = [...pairs].map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
  const url = window.location.pathname + window.location.search + (hash ? '#' + hash : '');
  window.history.replaceState(window.history.state, '', url);
}

/** A fragment value in the form the input accepts, or null to ignore it. */
function acceptFromFragment(input, value) {
  const text = value.trim();
  if (input.type === 'choice') return input.choices.includes(text) ? text : null;
  if (text.length > MAX_VALUE_LENGTH || !NUMBER.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? String(number) : null;
}

// ---- SVG charts ----

function svgElement(name, attributes, parent) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (parent) parent.appendChild(element);
  return element;
}

/** A chart's root: drawn at its natural size, shrunk by CSS on narrow screens. */
function svgRoot(width, height) {
  return svgElement('svg', { viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'img', class: 'calc-svg' });
}

function svgText(parent, x, y, text, cls, anchor) {
  const element = svgElement('text', { x, y, class: cls || 'calc-chart-text' }, parent);
  if (anchor) element.setAttribute('text-anchor', anchor);
  element.textContent = text;
  return element;
}

function drawStackedBar(chart, values, lang) {
  const width = 600;
  const svg = svgRoot(width, 90);
  const total = values.reduce((sum, v) => sum + v, 0);
  let x = 0;
  const labels = [];
  chart.series.forEach((series, i) => {
    const share = total > 0 ? values[i] / total : 0;
    const w = share * width;
    svgElement('rect', { x, y: 0, width: w, height: 40, class: 'calc-series calc-series-' + i }, svg);
    const label = series.label[lang] + ' ' + formatPercent(share, 1, lang);
    labels.push(label);
    svgElement('rect', { x: i * 200, y: 58, width: 14, height: 14, class: 'calc-series calc-series-' + i }, svg);
    svgText(svg, i * 200 + 20, 70, label);
    x += w;
  });
  svg.setAttribute('aria-label', labels.join(', '));
  return svg;
}

/** Font size of chart text in CSS pixels (.calc-chart-text in site.css). */
const CHART_FONT = 13;

/**
 * The width a chart label takes, estimated without a layout so that the chart is drawn the same everywhere:
 * Hangul, CJK and full-width characters about 1em, other characters at most 0.62em (0.68em in bold).
 */
function textWidth(text, bold) {
  let width = 0;
  for (const ch of text) {
    width += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch)
      ? CHART_FONT : CHART_FONT * (bold ? 0.68 : 0.62);
  }
  return width;
}

/**
 * One bar per series, its name on the left and its value after it. The bars are scaled so that the longest
 * value text (the binding constraint's, in bold) still fits inside the chart.
 */
function drawBars(chart, values, highlight, lang, strings) {
  const rowHeight = 28;
  const width = 600;
  const gap = 6;
  const rows = chart.series.map((series, i) => {
    const binding = series.key !== undefined && series.key === highlight;
    const value = formatNumber(values[i], 0, lang);
    return { series, binding, text: binding ? value + ' — ' + strings['chart.binding'] : value };
  });
  const labelWidth = Math.ceil(Math.max(60, ...rows.map((row) => textWidth(row.series.label[lang], false))) + 12);
  const textSpace = Math.ceil(Math.max(...rows.map((row) => textWidth(row.text, row.binding))) + gap + 4);
  const barSpace = Math.max(40, width - labelWidth - textSpace);
  const svg = svgRoot(width, chart.series.length * rowHeight);
  const max = Math.max(1, ...values);
  rows.forEach((row, i) => {
    const y = i * rowHeight;
    const w = Math.max(0, (values[i] / max) * barSpace);
    svgText(svg, 0, y + 18, row.series.label[lang]);
    const bar = svgElement('rect', {
      x: labelWidth, y: y + 4, width: w, height: rowHeight - 8,
      class: row.binding ? 'calc-bar calc-bar-binding' : 'calc-bar', 'data-key': row.series.key || '',
    }, svg);
    if (row.binding) bar.setAttribute('data-binding', 'true');
    svgText(svg, labelWidth + w + gap, y + 18, row.text, row.binding ? 'calc-chart-text calc-chart-strong' : null);
  });
  svg.setAttribute('aria-label', rows.map((row) => row.series.label[lang] + ' ' + row.text).join(', '));
  return svg;
}

/** Role of each block, per disk, for a few stripes: 'data', 'mirror' or 'parity'. */
function raidLayout(level, disks, groups) {
  const inGroup = (n, parities) => Array.from({ length: n }, (_, d) => Array.from({ length: RAID_ROWS }, (_, r) => {
    const p = (n - 1 - (r % n) + n) % n;
    const q = (n - 2 - (r % n) + 2 * n) % n;
    return d === p || (parities === 2 && d === q) ? 'parity' : 'data';
  }));
  const same = (role) => Array.from({ length: RAID_ROWS }, () => role);
  switch (level) {
    case '0': return Array.from({ length: disks }, () => same('data'));
    case '1': return Array.from({ length: disks }, (_, d) => same(d === 0 ? 'data' : 'mirror'));
    case '10': return Array.from({ length: disks }, (_, d) => same(d % 2 === 0 ? 'data' : 'mirror'));
    case '5': return inGroup(disks, 1);
    case '6': return inGroup(disks, 2);
    default: {
      const perGroup = disks / groups;
      const group = inGroup(perGroup, level === '60' ? 2 : 1);
      return Array.from({ length: disks }, (_, d) => group[d % perGroup]);
    }
  }
}

function drawRaid(params, lang, strings) {
  const level = params.level;
  const disks = params.disks;
  const groups = level === '50' || level === '60' ? params.groups : 1;
  const layout = raidLayout(level, disks, groups);
  const shown = Math.min(disks, RAID_MAX_DISKS);
  const perGroup = disks / groups;
  const cell = 22;
  const gap = 4;
  const top = groups > 1 ? 18 : 0;
  const legendY = top + RAID_ROWS * cell + 34;
  const width = Math.max(shown * (cell + gap), 330);
  const svg = svgRoot(width, legendY + 20);
  for (let d = 0; d < shown; d++) {
    const x = d * (cell + gap);
    if (groups > 1 && d % perGroup === 0) {
      svgText(svg, x, 12, fill(strings['chart.group'], { n: d / perGroup + 1 }), 'calc-chart-text calc-chart-small');
    }
    layout[d].forEach((role, r) => {
      svgElement('rect', { x, y: top + r * cell, width: cell, height: cell - 2, class: 'calc-block calc-block-' + role,
        'data-role': role }, svg);
    });
    svgText(svg, x + cell / 2, top + RAID_ROWS * cell + 14, String(d + 1), 'calc-chart-text calc-chart-small', 'middle');
  }
  ['data', 'mirror', 'parity'].forEach((role, i) => {
    svgElement('rect', { x: i * 110, y: legendY - 11, width: 12, height: 12, class: 'calc-block calc-block-' + role }, svg);
    svgText(svg, i * 110 + 16, legendY, strings['chart.' + role]);
  });
  const counts = { data: 0, mirror: 0, parity: 0 };
  layout.forEach((column) => column.forEach((role) => { counts[role] += 1; }));
  svg.setAttribute('aria-label', ['data', 'mirror', 'parity']
    .filter((role) => counts[role] > 0)
    .map((role) => strings['chart.' + role] + ' ' + counts[role]).join(', '));
  return { svg, truncated: disks > RAID_MAX_DISKS };
}

// ---- one widget ----

class Widget {
  constructor(root, spec, messages) {
    this.root = root;
    this.spec = spec;
    this.lang = root.getAttribute('data-lang') === 'en' ? 'en' : 'ko';
    this.strings = messages[this.lang];
    this.controls = new Map();
    for (const control of root.querySelectorAll('input[name], select[name]')) {
      this.controls.set(control.getAttribute('name'), control);
    }
    this.errorBox = root.querySelector('[data-error]');
    this.warningList = root.querySelector('.calc-warnings');
    this.actionStatus = root.querySelector('.calc-action-status');
  }

  start() {
    this.applyFragment();
    for (const control of this.controls.values()) {
      control.addEventListener('input', () => this.update(true));
      control.addEventListener('change', () => this.update(true));
    }
    this.bind('[data-action="copy-link"]', () => this.copyLink());
    this.bind('[data-action="reset"]', () => this.reset());
    for (const button of this.root.querySelectorAll('[data-preset]')) {
      button.addEventListener('click', () => this.applyPreset(button.getAttribute('data-preset'), button.textContent));
    }
    for (const hidden of this.root.querySelectorAll('.calc-actions, .calc-presets, .calc-chart')) {
      hidden.hidden = false;
    }
    window.addEventListener('hashchange', () => {
      // A jump to a heading (#some-heading) must not wipe the inputs: only our own keys count.
      if (![...readFragment().keys()].some((key) => key.startsWith(this.spec.id + '.'))) return;
      this.resetControls();
      this.applyFragment();
      this.update(false);
    });
    this.update(false);
    this.root.setAttribute('data-ready', 'true');
  }

  bind(selector, action) {
    const button = this.root.querySelector(selector);
    if (button) button.addEventListener('click', action);
  }

  applyFragment() {
    const pairs = readFragment();
    for (const input of this.spec.inputs) {
      const key = this.spec.id + '.' + input.id;
      const control = this.controls.get(input.id);
      if (!pairs.has(key) || !control) continue;
      const value = acceptFromFragment(input, pairs.get(key));
      if (value !== null) control.value = value;
    }
  }

  rawValues() {
    const raw = new Map();
    for (const [name, control] of this.controls) raw.set(name, control.value);
    return raw;
  }

  update(writeState) {
    const result = evaluateCalculator(this.spec, this.rawValues(), this.strings, this.lang);
    this.showError(result.error || '');
    this.showOutputs(result.env);
    this.showWarnings(result.warnings || []);
    this.drawChart(result.env);
    if (writeState) {
      window.clearTimeout(this.saveTimer);
      this.saveTimer = window.setTimeout(() => this.saveFragment(), SAVE_DELAY_MS);
    }
  }

  showError(message) {
    if (!this.errorBox) return;
    this.errorBox.textContent = message;
    this.errorBox.hidden = message === '';
  }

  showOutputs(env) {
    const outputs = new Map(this.spec.outputs.map((o) => [o.id, o]));
    for (const element of this.root.querySelectorAll('[data-output]')) {
      const output = outputs.get(element.getAttribute('data-output'));
      if (!output) continue;
      const value = env ? env.get(output.id) : undefined;
      if (value === undefined) {
        element.setAttribute('data-value', '');
        element.textContent = '';
      } else {
        element.setAttribute('data-value', typeof value === 'number' ? String(value) : value);
        element.textContent = formatOutput(output, value, this.lang);
      }
    }
  }

  showWarnings(warnings) {
    if (!this.warningList) return;
    this.warningList.replaceChildren(...warnings.map((warning) => {
      const item = document.createElement('li');
      item.setAttribute('data-warning', warning.code);
      item.textContent = warning.message[this.lang];
      return item;
    }));
  }

  drawChart(env) {
    const figure = this.root.querySelector('.calc-chart');
    const chart = this.spec.chart;
    if (!figure || !chart) return;
    const body = figure.querySelector('.calc-chart-body');
    if (!env) {
      body.replaceChildren();
      return;
    }
    const nodes = [];
    if (chart.type === 'raid-layout') {
      const params = {};
      for (const [name, expr] of Object.entries(chart.params)) params[name] = evaluateExpr(expr, env);
      const { svg, truncated } = drawRaid(params, this.lang, this.strings);
      nodes.push(svg);
      if (truncated) {
        const note = document.createElement('p');
        note.className = 'calc-chart-note';
        note.textContent = fill(this.strings['chart.truncated'], { max: RAID_MAX_DISKS });
        nodes.push(note);
      }
    } else {
      const values = chart.series.map((series) => evaluateExpr(series.value, env));
      const highlight = chart.highlight ? evaluateExpr(chart.highlight, env) : undefined;
      nodes.push(chart.type === 'bars'
        ? drawBars(chart, values, highlight, this.lang, this.strings)
        : drawStackedBar(chart, values, this.lang));
    }
    body.replaceChildren(...nodes);
  }

  saveFragment() {
    window.clearTimeout(this.saveTimer);
    const pairs = this.otherCalculatorsState();
    for (const input of this.spec.inputs) {
      const control = this.controls.get(input.id);
      if (control) pairs.set(this.spec.id + '.' + input.id, control.value);
    }
    writeFragment(pairs);
  }

  otherCalculatorsState() {
    const pairs = readFragment();
    for (const key of [...pairs.keys()]) {
      if (key.startsWith(this.spec.id + '.')) pairs.delete(key);
    }
    return pairs;
  }

  resetControls() {
    for (const input of this.spec.inputs) {
      const control = this.controls.get(input.id);
      if (control) control.value = input.default;
    }
  }

  reset() {
    window.clearTimeout(this.saveTimer);
    this.resetControls();
    writeFragment(this.otherCalculatorsState());
    this.update(false);
    this.say('');
  }

  applyPreset(id, label) {
    const preset = this.spec.presets.find((p) => p.id === id);
    if (!preset) return;
    for (const [name, value] of Object.entries(preset.values)) {
      const control = this.controls.get(name);
      if (control) control.value = value;
    }
    this.update(true);
    this.say(fill(this.strings['status.presetApplied'], { preset: label }));
  }

  async copyLink() {
    this.saveFragment();
    try {
      await navigator.clipboard.writeText(window.location.href);
      this.say(this.strings['status.copied']);
    } catch (e) {
      this.say(this.strings['status.copyFailed']);
    }
  }

  say(message) {
    if (this.actionStatus) this.actionStatus.textContent = message;
  }
}

async function start() {
  const roots = [...document.querySelectorAll('[data-calculator]')];
  if (roots.length === 0) return;
  const messages = (await import(new URL('messages.js', BASE).href)).default;
  for (const root of roots) {
    const id = root.getAttribute('data-calculator');
    if (!CALCULATOR_ID.test(id)) continue;
    const spec = (await import(new URL(id + '.js', BASE).href)).default;
    new Widget(root, spec, messages).start();
  }
}

start();
