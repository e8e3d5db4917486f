// Draws the page's Mermaid diagrams (```mermaid fences) with the site's own copy of Mermaid, in the page's theme.
// Loaded only by pages that have a diagram. The diagram's source stays in the page as text, for readers without
// scripts, screen readers and search; the drawing is added beside it.
//
// The page's Content-Security-Policy allows no inline style, and Mermaid writes style attributes and <style>
// elements: any HTML or XML the browser parses with one in it is a policy violation. While Mermaid draws, its markup
// is therefore parsed with those renamed, and styles are set through the CSS object model instead, which the
// policy allows: style attributes as element.style, and the <style> text, once the drawing is done, as a
// constructed stylesheet.

const MERMAID = new URL('vendor/mermaid/mermaid.min.js', import.meta.url).href;
const SVG_NS = 'http://www.w3.org/2000/svg';
const INERT_NS = 'urn:hanji:inert';
const STYLE_ATTRIBUTE = 'data-hanji-style';
// A <style> element travels as an SVG <desc> with this attribute: Mermaid's sanitiser keeps both, and neither applies.
const CSS_CARRIER = 'desc[data-hanji-css]';
const root = document.documentElement;
const sheets = new Map();

function currentTheme() {
  const chosen = root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  return chosen === 'dark' ? 'dark' : 'default';
}

function loadMermaid() {
  if (globalThis.mermaid) {
    return Promise.resolve(globalThis.mermaid);
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = MERMAID;
    script.addEventListener('load', () => resolve(globalThis.mermaid));
    script.addEventListener('error', () => reject(new Error('cannot load ' + MERMAID)));
    document.head.append(script);
  });
}

// Markup with style attributes and <style> elements renamed, so that parsing it applies (and violates) nothing.
function renamed(markup) {
  return String(markup)
    .replace(/(<[^>]*?\s)style=/gi, '$1' + STYLE_ATTRIBUTE + '=')
    .replace(/<style(?=[\s>])[^>]*>/gi, '<desc data-hanji-css="">')
    .replace(/<\/style\s*>/gi, '</desc>');
}

// Gives renamed style attributes of a parsed tree back their meaning through the CSS object model (element.style).
function restore(tree) {
  for (const element of tree.querySelectorAll('[' + STYLE_ATTRIBUTE + ']')) {
    element.style.cssText = element.getAttribute(STYLE_ATTRIBUTE);
    element.removeAttribute(STYLE_ATTRIBUTE);
  }
  return tree;
}

// Replaces the DOM entry points Mermaid uses with ones that never parse an inline style; returns the undo.
function withoutInlineStyles() {
  const element = Element.prototype;
  const documentProto = Document.prototype;
  const saved = {
    setAttribute: element.setAttribute,
    setAttributeNS: element.setAttributeNS,
    innerHTML: Object.getOwnPropertyDescriptor(element, 'innerHTML'),
    createElement: documentProto.createElement,
    createElementNS: documentProto.createElementNS,
    parseFromString: DOMParser.prototype.parseFromString,
  };
  const isStyle = (name) => String(name).toLowerCase() === 'style';
  element.setAttribute = function (name, value) {
    return isStyle(name) ? void (this.style.cssText = value) : saved.setAttribute.call(this, name, value);
  };
  element.setAttributeNS = function (ns, name, value) {
    return !ns && isStyle(name) ? void (this.style.cssText = value) : saved.setAttributeNS.call(this, ns, name, value);
  };
  documentProto.createElement = function (name, options) {
    return isStyle(name) ? saved.createElementNS.call(this, INERT_NS, 'style')
      : saved.createElement.call(this, name, options);
  };
  documentProto.createElementNS = function (ns, name, options) {
    return isStyle(name) ? saved.createElementNS.call(this, INERT_NS, 'style')
      : saved.createElementNS.call(this, ns, name, options);
  };
  Object.defineProperty(element, 'innerHTML', {
    configurable: true,
    get: saved.innerHTML.get,
    set(markup) {
      saved.innerHTML.set.call(this, renamed(markup));
      restore(this);
    },
  });
  DOMParser.prototype.parseFromString = function (markup, type) {
    return restore(saved.parseFromString.call(this, renamed(markup), type));
  };
  return () => {
    element.setAttribute = saved.setAttribute;
    element.setAttributeNS = saved.setAttributeNS;
    documentProto.createElement = saved.createElement;
    documentProto.createElementNS = saved.createElementNS;
    Object.defineProperty(element, 'innerHTML', saved.innerHTML);
    DOMParser.prototype.parseFromString = saved.parseFromString;
  };
}

// Puts Mermaid's SVG into the page: its <style> text as a constructed stylesheet, its style attributes as
// element.style.
function insert(container, id, svgMarkup) {
  const parsed = new DOMParser().parseFromString(renamed(svgMarkup), 'image/svg+xml').documentElement;
  const carriers = [...parsed.querySelectorAll(CSS_CARRIER)];
  const sheet = sheets.get(id) || new CSSStyleSheet();
  sheet.replaceSync(carriers.map((carrier) => carrier.textContent).join('\n'));
  if (!sheets.has(id)) {
    sheets.set(id, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  carriers.forEach((carrier) => carrier.remove());
  const svg = document.importNode(parsed, true);
  restore(svg);
  if (svg.hasAttribute(STYLE_ATTRIBUTE)) {
    svg.style.cssText = svg.getAttribute(STYLE_ATTRIBUTE);
    svg.removeAttribute(STYLE_ATTRIBUTE);
  }
  svg.setAttribute('aria-hidden', 'true');
  container.querySelector(':scope > svg')?.remove();
  container.append(svg);
  container.dataset.drawn = '';
}

async function drawAll(diagrams) {
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false, securityLevel: 'strict', theme: currentTheme(), htmlLabels: false,
    flowchart: { htmlLabels: false }, fontFamily: 'system-ui, sans-serif',
  });
  const drawn = [];
  const undo = withoutInlineStyles();
  try {
    for (const [index, container] of diagrams.entries()) {
      const id = 'mermaid-diagram-' + (index + 1);
      const source = container.querySelector('.mermaid-source').textContent;
      try {
        drawn.push([container, id, (await mermaid.render(id, source)).svg]);
      } catch (error) {
        container.dataset.error = String(error && error.message ? error.message : error);
        document.getElementById('d' + id)?.remove();
      }
    }
  } finally {
    undo();
  }
  drawn.forEach(([container, id, svg]) => insert(container, id, svg));
}

const diagrams = [...document.querySelectorAll('.mermaid')];
if (diagrams.length > 0) {
  let drawing = drawAll(diagrams);
  const redraw = () => {
    drawing = drawing.then(() => drawAll(diagrams));
  };
  new MutationObserver(redraw).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
}
