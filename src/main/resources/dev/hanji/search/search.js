// Hanji site search: Korean-aware analysis, BM25 ranking over the build-time index, the header
// combobox and the search page. The analysis functions mirror dev.hanji.search.KoreanAnalyzer
// term for term; the test fixture analysis-cases.json holds the two to the same output.

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const HANGUL = 'H';
const JAMO = 'J';
const LETTERS = 'A';
const DIGITS = 'D';
const GAP_NONE = 0;
const GAP_SPACE = 1;
const GAP_BREAK = 2;
const MAX_QUERY_LENGTH = 200;
const MAX_VARIANTS = 16;
const MAX_PREFIX_TERMS = 200;
const K1 = 1.2;
const B = 0.75;
const TITLE_BONUS = 5;
const HEADING_BONUS = 2;
const FIELD_IDF_FLOOR = 1;
const SNIPPET_LENGTH = 160;
const PAGE_RESULTS = 50;
const FIRST_RESULTS = 10;
const HEADING_WEIGHT = 2; // SearchIndexWriter.HEADING_WEIGHT

// ---------------------------------------------------------------- analysis

/** NFC plus ASCII lower-casing and conjoining choseong mapped to compatibility jamo (length-preserving after NFC). */
export function normalize(text) {
  const nfc = String(text ?? '').normalize('NFC');
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 0x1100 && c <= 0x1112) out += CHOSEONG[c - 0x1100];
    else out += nfc[i];
  }
  return out;
}

/** The choseong form of a run of Hangul syllables: 카프카 → ㅋㅍㅋ. */
export function choseong(syllables) {
  let out = '';
  for (let i = 0; i < syllables.length; i++) {
    out += CHOSEONG[Math.floor((syllables.charCodeAt(i) - SYLLABLE_FIRST) / 588)];
  }
  return out;
}

function kindOf(c) {
  const code = c.charCodeAt(0);
  if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) return HANGUL;
  if (code >= 0x3131 && code <= 0x314e) return JAMO;
  if (code >= 97 && code <= 122) return LETTERS;
  if (code >= 48 && code <= 57) return DIGITS;
  return null;
}

function isSpace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\u3000';
}

function splitRuns(s) {
  const runs = [];
  let gap = GAP_BREAK; // nothing before the first run joins with it
  let i = 0;
  while (i < s.length) {
    const kind = kindOf(s[i]);
    if (kind === null) {
      gap = isSpace(s[i]) && gap !== GAP_BREAK ? GAP_SPACE : GAP_BREAK;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < s.length) {
      const sameKind = kindOf(s[end]) === kind;
      const digitSeparator = kind === DIGITS && (s[end] === '.' || s[end] === ',')
        && end + 1 < s.length && kindOf(s[end + 1]) === DIGITS;
      if (!sameKind && !digitSeparator) break;
      end++;
    }
    runs.push({ kind, text: s.slice(i, end), gap, start: i, end });
    gap = GAP_NONE;
    i = end;
  }
  return runs;
}

/** Light English stemming, the same steps as KoreanAnalyzer.stem. */
export function stem(word) {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w) {
  const n = w.length;
  const last = w[n - 1];
  if (n >= 2 && last === w[n - 2] && !'lsz'.includes(last) && !'aeiou'.includes(last)) return w.slice(0, -1);
  return w;
}

const isAlphanumeric = (run) => run.kind === LETTERS || run.kind === DIGITS;
const glued = (left, right) => right !== undefined && right.gap === GAP_NONE && isAlphanumeric(left) && isAlphanumeric(right);
const digits = (text) => text.replaceAll(',', '');

/** Terms with their [start, end) offsets in normalize(text). */
export function analyzeWithOffsets(text, indexMode) {
  const runs = splitRuns(normalize(text));
  const out = [];
  const emit = (term, start, end) => out.push({ term, start, end });
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    const next = runs[i + 1];
    if (run.kind === HANGUL) {
      const s = run.text;
      if (previous && previous.kind === HANGUL && run.gap === GAP_SPACE) {
        emit(previous.text.slice(-1) + s[0], previous.end - 1, run.start + 1);
      }
      if (s.length === 1) emit(s, run.start, run.end);
      for (let k = 0; k + 1 < s.length; k++) emit(s.slice(k, k + 2), run.start + k, run.start + k + 2);
      if (indexMode && s.length > 1) emit(choseong(s), run.start, run.end);
    } else if (run.kind === JAMO) {
      emit(run.text, run.start, run.end);
    } else if (run.kind === LETTERS) {
      emit(stem(run.text), run.start, run.end);
    } else {
      emit(digits(run.text), run.start, run.end);
    }
    if (!isAlphanumeric(run) || glued(run, next)) return;
    let first = i;
    while (first > 0 && glued(runs[first - 1], runs[first])) first--;
    if (first < i) {
      emit(runs.slice(first, i + 1).map((r) => digits(r.text)).join(''), runs[first].start, run.end);
    } else if (run.kind === DIGITS && previous && previous.kind === LETTERS && run.gap === GAP_SPACE
      && (i < 2 || !glued(runs[i - 2], previous))) {
      emit(previous.text + digits(run.text), previous.start, run.end);
    }
  });
  return out;
}

/** Terms of a text as the index stores them. */
export function indexTokens(text) {
  return analyzeWithOffsets(text, true).map((t) => t.term);
}

/** Terms of a query: index terms without the choseong form of syllable runs. */
export function queryTokens(text) {
  return analyzeWithOffsets(text, false).map((t) => t.term);
}

// ---------------------------------------------------------------- index and ranking

const fileCache = new Map();

/** Fetches a JSON file of the index once per URL and keeps what `prepareFile` makes of it; a failure is retried. */
function loaded(url, prepareFile) {
  const key = String(url);
  if (!fileCache.has(key)) {
    const pending = fetch(key, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`search index ${key}: HTTP ${response.status}`);
        return response.json();
      })
      .then((raw) => prepareFile(raw, key));
    pending.catch(() => fileCache.delete(key));
    fileCache.set(key, pending);
  }
  return fileCache.get(key);
}

/**
 * Loads a language's index manifest (its index.json) once. The manifest holds what ranking needs of every
 * page (its length) and where each term's shard is; shards and page data are fetched as queries need them.
 */
export function loadIndex(url) {
  return loaded(new URL(String(url), document.baseURI).href, prepare);
}

/** Adds lookup values to a parsed manifest; manifestUrl resolves its shards, page data and pages. */
export function prepare(raw, manifestUrl) {
  let total = 0;
  for (const length of raw.lengths) total += length;
  const pageCount = raw.lengths.length;
  return {
    ...raw,
    pageCount,
    manifestUrl,
    rootUrl: new URL(raw.root || './', manifestUrl).href,
    averagePageLength: pageCount ? total / pageCount || 1 : 1,
  };
}

function prepareShard(raw) {
  const termIndex = new Map();
  raw.terms.forEach((term, i) => termIndex.set(term, i));
  return { ...raw, termIndex };
}

const loadShard = (index, shard) => loaded(new URL(`terms/${shard}.json`, index.manifestUrl).href, prepareShard);
const loadDoc = (index, page) => loaded(new URL(`docs/${page}.json`, index.manifestUrl).href, (raw) => raw);

/** The shard holding `term`: shards are runs of sorted terms, index.shards the first term of each after the first. */
function shardOf(index, term) {
  let lo = 0;
  let hi = index.shards.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.shards[mid] <= term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(terms, prefix) {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A term's entry in its shard: its postings and the pages with it in their title or a heading. */
function entryOf(shard, i) {
  const term = shard.terms[i];
  return {
    term,
    postings: shard.postings[i],
    titles: Object.hasOwn(shard.titles, term) ? shard.titles[term] : [],
    headings: Object.hasOwn(shard.headings, term) ? shard.headings[term] : [],
  };
}

async function exactEntry(index, term) {
  const shard = await loadShard(index, shardOf(index, term));
  const i = shard.termIndex.get(term);
  return i === undefined ? null : entryOf(shard, i);
}

/** The first MAX_PREFIX_TERMS terms starting with `prefix` that `accept` takes; reads shards only until it has them. */
async function prefixEntries(index, prefix, accept) {
  const found = [];
  const last = shardOf(index, `${prefix}\uffff`);
  for (let s = shardOf(index, prefix); s <= last && found.length < MAX_PREFIX_TERMS; s++) {
    const shard = await loadShard(index, s);
    for (let i = lowerBound(shard.terms, prefix); i < shard.terms.length && found.length < MAX_PREFIX_TERMS; i++) {
      const term = shard.terms[i];
      if (!term.startsWith(prefix)) break;
      if (accept(term)) found.push(entryOf(shard, i));
    }
  }
  return found;
}

/** How a query term matches index terms by prefix: initial consonants, one syllable, the word being typed. */
function prefixRule(token, isLastOpen) {
  const kind = kindOf(token[0]);
  if (kind === JAMO) return { weight: 1, accept: () => true };
  if (kind === HANGUL && token.length === 1) {
    return { weight: 0.8, accept: (term) => term.length === 2 && kindOf(term[1]) === HANGUL };
  }
  if (kind === LETTERS && isLastOpen && token.length >= 2) return { weight: 0.7, accept: () => true };
  return { weight: 0 };
}

/** Index terms a query term matches (term → {entry, weight}): exact, or by prefix while the reader types. */
async function matchesOf(index, token, isLastOpen) {
  const rule = prefixRule(token, isLastOpen);
  const [exact, prefixed] = await Promise.all([
    exactEntry(index, token),
    rule.weight > 0 ? prefixEntries(index, token, rule.accept) : [],
  ]);
  const matches = new Map();
  if (exact) matches.set(exact.term, { entry: exact, weight: 1 });
  for (const entry of prefixed) if (!matches.has(entry.term)) matches.set(entry.term, { entry, weight: rule.weight });
  return matches;
}

/** The query's term lists: as typed, and with each glossary spelling swapped for the others. */
function variantsOf(tokens, synonyms) {
  const variants = [tokens];
  for (const forms of synonyms || []) {
    for (const variant of variants.slice()) {
      const set = new Set(variant);
      for (const form of forms) {
        if (!form.every((t) => set.has(t))) continue;
        for (const other of forms) {
          if (other === form || variants.length >= MAX_VARIANTS) continue;
          const kept = variant.filter((t) => !form.includes(t));
          variants.push([...new Set([...kept, ...other])]);
        }
      }
    }
  }
  return variants;
}

/** Notes, for each page in `pages` (a title or heading list), the match weight. */
function fieldHits(pages, weight, hits) {
  for (const page of pages) hits.set(page, Math.max(hits.get(page) || 0, weight));
}

/**
 * BM25 over each page's text (headings counted more), plus a bonus per query term found in the page's
 * title or headings. The bonus uses the term's idf with a floor: on a small site a word like 브로커 is
 * on every page, so its idf is near zero, yet the page titled with it is the one the reader wants.
 * `lookups` are the matches of each of the variant's terms; a page's best variant is kept in `best` with
 * the terms and idfs that choose its section.
 */
function scoreVariant(index, lookups, best, matchedTerms) {
  const pageScore = new Float64Array(index.pageCount);
  const pageHits = new Uint16Array(index.pageCount);
  const weighted = [];
  for (const matches of lookups) {
    if (matches.size === 0) continue;
    const pageTf = new Map();
    const titleHits = new Map();
    const headingHits = new Map();
    for (const { entry, weight } of matches.values()) {
      matchedTerms.add(entry.term);
      let page = 0;
      for (let p = 0; p < entry.postings.length; p += 2) {
        page += entry.postings[p];
        pageTf.set(page, (pageTf.get(page) || 0) + entry.postings[p + 1] * weight);
      }
      fieldHits(entry.titles, weight, titleHits);
      fieldHits(entry.headings, weight, headingHits);
    }
    for (const page of titleHits.keys()) if (!pageTf.has(page)) pageTf.set(page, 0);
    const df = pageTf.size;
    const idf = Math.log(1 + (index.pageCount - df + 0.5) / (df + 0.5));
    const bonus = Math.max(idf, FIELD_IDF_FLOOR);
    for (const [page, tf] of pageTf) {
      const norm = K1 * (1 - B + (B * index.lengths[page]) / index.averagePageLength);
      const fields = TITLE_BONUS * (titleHits.get(page) || 0) + HEADING_BONUS * (headingHits.get(page) || 0);
      pageScore[page] += (idf * tf * (K1 + 1)) / (tf + norm) + bonus * fields;
      pageHits[page]++;
    }
    weighted.push({ matches, idf });
  }
  for (let page = 0; page < index.pageCount; page++) {
    if (pageHits[page] === 0) continue;
    const coverage = pageHits[page] / lookups.length;
    const score = pageScore[page] * coverage * coverage;
    const current = best.get(page);
    if (!current || score > current.score) best.set(page, { score, weighted });
  }
}

/** Weighted term counts of a section as the index counted them: heading terms count double. */
function sectionCounts(heading, text) {
  const counts = new Map();
  const add = (source, weight) => {
    for (const term of indexTokens(source)) counts.set(term, (counts.get(term) || 0) + weight);
  };
  add(heading, HEADING_WEIGHT);
  add(text, 1);
  return counts;
}

/** The section a hit links to: the one holding the query's terms best (each term scored idf · log(1 + tf)). */
function bestSection(sections, weighted) {
  let chosen = 0;
  let chosenScore = -1;
  sections.forEach(([, heading, text], i) => {
    const counts = sectionCounts(heading, text);
    let score = 0;
    for (const { matches, idf } of weighted) {
      let tf = 0;
      for (const { entry, weight } of matches.values()) tf = Math.max(tf, (counts.get(entry.term) || 0) * weight);
      if (tf > 0) score += idf * Math.log(1 + tf);
    }
    if (score > chosenScore) {
      chosen = i;
      chosenScore = score;
    }
  });
  return chosen;
}

/**
 * Ranks the index's pages for a query (BM25 over title, headings and text, title and headings
 * boosted; glossary spellings expand the query), fetching only the shards of the query's terms. Resolves to
 * the ranking, best first: {pages: [{page, score, weighted}], terms}; terms are the index terms that matched,
 * for highlighting. {@link hitsOf} turns a slice of it into hits.
 */
export async function rank(index, query) {
  const text = String(query ?? '').slice(0, MAX_QUERY_LENGTH);
  const tokens = [...new Set(queryTokens(text))];
  const matchedTerms = new Set();
  if (tokens.length === 0) return { pages: [], terms: matchedTerms };
  const isOpenEnded = !isSpace(text.slice(-1));
  const lookups = new Map();
  const lookup = (token, isLastOpen) => {
    const key = `${isLastOpen}:${token}`;
    if (!lookups.has(key)) lookups.set(key, matchesOf(index, token, isLastOpen));
    return lookups.get(key);
  };
  const variants = variantsOf(tokens, index.synonyms)
    .map((variant) => variant.map((token, position) => lookup(token, isOpenEnded && position === variant.length - 1)));
  const best = new Map();
  for (const variant of variants) scoreVariant(index, await Promise.all(variant), best, matchedTerms);
  const pages = [...best.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .map(([page, { score, weighted }]) => ({ page, score, weighted }));
  return { pages, terms: matchedTerms };
}

/**
 * The hits {url, title, heading, text, score, terms} of ranked pages (a slice of {@link rank}'s pages), fetching
 * the data of these pages only; each links to the section holding the query best.
 */
export async function hitsOf(index, ranked, terms) {
  const docs = await Promise.all(ranked.map(({ page }) => loadDoc(index, page)));
  return ranked.map(({ score, weighted }, i) => {
    const [url, title, sections] = docs[i];
    const [anchor, heading, text] = sections[bestSection(sections, weighted)];
    const target = new URL(url, index.rootUrl);
    if (anchor) target.hash = anchor;
    return { url: target.href, title, heading, text, score, terms };
  });
}

/** Up to `limit` hits for a query, best first: {@link rank} and {@link hitsOf} together. */
export async function search(index, query, limit = 10) {
  const { pages, terms } = await rank(index, query);
  return hitsOf(index, pages.slice(0, limit), terms);
}

// ---------------------------------------------------------------- rendering (DOM nodes only)

/** Merged [start, end) ranges of `text` whose index terms are in `terms`. */
export function highlightRanges(text, terms) {
  const ranges = analyzeWithOffsets(text, true)
    .filter((t) => terms.has(t.term))
    .map((t) => [t.start, t.end])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

function snippetNode(doc, hit) {
  const p = doc.createElement('p');
  p.className = 'search-snippet';
  const text = hit.text.normalize('NFC');
  const ranges = highlightRanges(text, hit.terms);
  let start = 0;
  if (ranges.length > 0 && ranges[0][0] > SNIPPET_LENGTH / 4) {
    const space = text.lastIndexOf(' ', ranges[0][0] - SNIPPET_LENGTH / 4);
    start = space > 0 ? space + 1 : ranges[0][0] - SNIPPET_LENGTH / 4;
  }
  const end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (start > 0) p.append('…');
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) p.append(text.slice(at, a));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(a, b);
    p.append(mark);
    at = b;
  }
  if (at < end) p.append(text.slice(at, end));
  if (end < text.length) p.append('…');
  return p;
}

/** One result: <li><a data-search-result>title</a> <span class="search-section"> <p class="search-snippet">. */
function resultItem(doc, hit) {
  const li = doc.createElement('li');
  const link = doc.createElement('a');
  link.href = hit.url;
  link.setAttribute('data-search-result', '');
  link.textContent = hit.title || hit.url;
  li.append(link);
  if (hit.heading) {
    const section = doc.createElement('span');
    section.className = 'search-section';
    section.textContent = hit.heading;
    li.append(' ', section);
  }
  if (hit.text) li.append(' ', snippetNode(doc, hit));
  return li;
}

function labels(source, doc) {
  const english = (doc.documentElement.lang || '').startsWith('en');
  const data = source ? source.dataset : {};
  return {
    empty: data.labelEmpty || (english ? 'No results' : '검색 결과가 없습니다'),
    results: data.labelResults || (english ? '{n} results' : '{n}개 결과'),
    loading: data.labelLoading || (english ? 'Loading…' : '불러오는 중…'),
  };
}

function statusText(label, count) {
  return count === 0 ? label.empty : label.results.replace('{n}', String(count));
}

const indexUrlOf = (form) => new URL('index.json', form.action).href;

// ---------------------------------------------------------------- header combobox

let uniqueId = 0;

function setupCombobox(form, doc) {
  const input = form.querySelector('[data-search-input]');
  const popup = form.querySelector('[data-search-popup]');
  if (!input || !popup) return;
  const id = `site-search-${++uniqueId}`;
  const label = labels(form, doc);
  const status = doc.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const listbox = doc.createElement('ul');
  listbox.id = `${id}-listbox`;
  listbox.className = 'search-listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', input.placeholder || 'search');
  popup.replaceChildren(status, listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let active = -1;
  let generation = 0;
  const options = () => [...listbox.children];

  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  function setActive(next) {
    const items = options();
    items.forEach((item, i) => {
      item.setAttribute('aria-selected', i === next ? 'true' : 'false');
      item.classList.toggle('is-active', i === next);
    });
    active = next;
    if (next >= 0 && items[next]) {
      input.setAttribute('aria-activedescendant', items[next].id);
      items[next].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  const run = async () => {
    const query = input.value;
    const mine = ++generation;
    if (!query.trim()) {
      listbox.replaceChildren();
      close();
      return;
    }
    status.textContent = label.loading;
    open();
    let hits;
    try {
      hits = await search(await loadIndex(indexUrlOf(form)), query, 8);
    } catch (error) {
      if (mine === generation) status.textContent = label.empty;
      return;
    }
    if (mine !== generation) return;
    listbox.replaceChildren(...hits.map((hit, i) => {
      const item = resultItem(doc, hit);
      item.id = `${id}-option-${i}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      // An option's content is presentational, so it may hold no link (WCAG, axe nested-interactive): the
      // option itself navigates. tabIndex -1 keeps the popup open while the pointer presses on it.
      const link = item.querySelector('a');
      item.dataset.href = link.href;
      link.removeAttribute('href');
      item.tabIndex = -1;
      item.addEventListener('click', () => doc.defaultView.location.assign(item.dataset.href));
      return item;
    }));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent = statusText(label, hits.length);
    open();
  };

  input.addEventListener('focus', () => {
    loadIndex(indexUrlOf(form)).catch(() => {});
    if (input.value.trim()) run();
  });
  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      event.preventDefault();
      doc.defaultView.location.assign(options()[active].dataset.href);
    } else if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      close();
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!event.relatedTarget || !form.contains(event.relatedTarget)) close();
  });
}

function isEditable(element) {
  if (!element || element === element.ownerDocument.body) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

// ---------------------------------------------------------------- search page

function setupSearchPage(section, doc) {
  const form = section.querySelector('form[data-search-page-form]');
  const list = section.querySelector('ol[data-search-results]');
  if (!form || !list) return;
  const input = form.querySelector('input[name="q"]');
  const label = labels(doc.querySelector('form[data-search]') || section, doc);
  let status = section.querySelector('[data-search-status]');
  if (!status) {
    status = doc.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    status.setAttribute('data-search-status', '');
    list.before(status);
  }
  const indexUrl = new URL('index.json', doc.querySelector('form[data-search]')?.action || doc.location.href).href;
  let generation = 0;
  const run = async (query) => {
    const mine = ++generation;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = label.loading;
    try {
      const index = await loadIndex(indexUrl);
      const { pages, terms } = await rank(index, query);
      const shown = pages.slice(0, PAGE_RESULTS);
      // The first results are shown as soon as their pages' data is in; the rest follow.
      for (let from = 0; from < shown.length || from === 0; from += FIRST_RESULTS) {
        const hits = await hitsOf(index, shown.slice(from, from + FIRST_RESULTS), terms);
        if (mine !== generation) return;
        if (from === 0) list.replaceChildren();
        list.append(...hits.map((hit) => resultItem(doc, hit)));
      }
      status.textContent = statusText(label, shown.length);
    } catch (error) {
      if (mine === generation) status.textContent = label.empty;
    }
  };
  const query = new URLSearchParams(doc.location.search).get('q') || '';
  if (input) {
    input.value = query;
    input.addEventListener('input', () => run(input.value));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input ? input.value : '';
    const url = new URL(doc.location.href);
    url.searchParams.set('q', value);
    doc.defaultView.history.replaceState(null, '', url.href);
    run(value);
  });
  run(query);
}

// ---------------------------------------------------------------- start

function init(doc) {
  doc.querySelectorAll('form[data-search]').forEach((form) => setupCombobox(form, doc));
  const page = doc.querySelector('[data-search-page]');
  if (page) setupSearchPage(page, doc);
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const input = doc.querySelector('form[data-search] [data-search-input]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

if (typeof document !== 'undefined') init(document);
