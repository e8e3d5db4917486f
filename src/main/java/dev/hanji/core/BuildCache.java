package dev.hanji.core;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.check.LinkChecker;
import dev.hanji.check.PageFactsReader;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.markdown.ParsedMarkdown;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.render.PageView;
import dev.hanji.render.SharedViewInputs;
import dev.hanji.files.SiteOutput;
import dev.hanji.search.AnalysedPage;
import dev.hanji.search.IndexMemo;
import dev.hanji.search.SearchDocument;
import dev.hanji.sources.SourceFile;
import dev.hanji.sources.SplitMemo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one build of a {@link BuildSession} leaves for the next: split source pages and parsed Markdown by
 * source text, rendered bodies by parse and page context, printed pages by {@link PageView}, pages analysed
 * for search by body, each language's search index by those pages, what the link checker read of each HTML
 * file by its bytes, and what it learned ({@link LinkChecker.Memory}). A page whose inputs are equal to last
 * time's is taken from here instead of being done again. Everything is forgotten when the shared inputs
 * ({@link InputFingerprint}) change, and rendered bodies when any page's URL does (links resolve against
 * them). A one-shot build uses {@link #none()}, which keeps nothing; it keeps the parse trees it made for the
 * model only while they fit the heap ({@link #sizeTrees}).
 */
final class BuildCache {
  /**
   * Heap taken by Flexmark's tree per character of Markdown, about 7 in the class histograms of the
   * 10,000-page-per-language corpus (Korean text, tables, code).
   */
  private static final long TREE_BYTES_PER_SOURCE_CHAR = 8;
  private final boolean keeps;
  private boolean treesFit = true;
  private String inputs = "";
  private SharedViewInputs sharedViewInputs;
  private Map<String, String> links = Map.of();
  private MarkdownRenderer markdown;
  private final Map<String, Split> splits = new ConcurrentHashMap<>();
  private final Map<String, Parse> parses = new ConcurrentHashMap<>();
  private final Map<String, BodyEntry> bodies = new ConcurrentHashMap<>();
  private final Map<String, Printed> printed = new ConcurrentHashMap<>();
  private final Map<String, Indexed> indexed = new ConcurrentHashMap<>();
  private final Map<String, Index> indexes = new ConcurrentHashMap<>();
  private final Map<String, Read> read = new ConcurrentHashMap<>();
  private LinkChecker.Memory linkMemory = new LinkChecker.Memory();
  /** Remembers lines of page chrome by their text alone, so it stays valid whatever changes. */
  private final PageFactsReader factsReader = new PageFactsReader();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicInteger pagesPrinted = new AtomicInteger();

  /**
   * A page body rendered once: its HTML, what rendering it reported, and what the link check and search need of
   * it, read from the tree it was printed from.
   */
  record Body(RenderedMarkdown rendered, List<Diagnostic> diagnostics, LinkChecker.PageFacts facts,
              SearchDocument.BodyText text) {
  }

  private record Split(String text, SplitMemo.Split split) {
  }

  /** A parse by body text and front matter title, which decides whether a leading heading stays in the body. */
  private record Parse(String text, String title, ParsedMarkdown parsed) {
  }

  private record BodyEntry(ParsedMarkdown parsed, String context, Body body) {
  }

  private record Printed(SharedViewInputs shared, Page page, RenderedMarkdown body, PageView view, byte[] bytes) {
  }

  private record Read(byte[] html, LinkChecker.PageFacts facts) {
  }

  private record Index(List<AnalysedPage> pages, SiteOutput.Made<SortedMap<String, byte[]>> files) {
  }

  private record Indexed(RenderedMarkdown body, String title, AnalysedPage page) {
  }

  private BuildCache(boolean keeps) {
    this.keeps = keeps;
  }

  /** A cache carried from build to build. */
  static BuildCache reused() {
    return new BuildCache(true);
  }

  /** A cache that keeps nothing: every lookup computes. */
  static BuildCache none() {
    return new BuildCache(false);
  }

  /**
   * Starts a build; forgets everything if the shared inputs' fingerprint changed. A cache that keeps nothing
   * does not compute the fingerprint (it reads templates and stats every asset).
   */
  synchronized void begin(Supplier<String> fingerprintOfInputs) {
    String fingerprint = keeps ? fingerprintOfInputs.get() : "";
    if (!fingerprint.equals(inputs)) {
      inputs = fingerprint;
      links = Map.of();
      markdown = null;
      splits.clear();
      parses.clear();
      bodies.clear();
      printed.clear();
      indexed.clear();
      indexes.clear();
      read.clear();
      linkMemory = new LinkChecker.Memory();
    }
    used.clear();
    pagesPrinted.set(0);
  }

  /** The Markdown renderer, kept while the shared inputs (calculators, glossary) stay the same. */
  synchronized MarkdownRenderer markdown(Supplier<MarkdownRenderer> create) {
    if (markdown == null || !keeps) {
      markdown = create.get();
    }
    return markdown;
  }

  /** Source pages split before, by their text: a page is split again only when its file changed. */
  SplitMemo splits() {
    return (page, text, split) -> reuse(splits, "split:" + page, cached -> cached.text().equals(text),
        () -> new Split(text, split.get())).split();
  }

  /**
   * Decides from the size of the sources whether every page's parse tree may stay on the heap from the model to
   * rendering. If not, a one-shot build drops each tree once the model has what it needs and parses the page
   * again when it renders it (about a tenth more CPU); a session always keeps its trees.
   *
   * @param sourceChars the length of every page's Markdown body together
   */
  synchronized void sizeTrees(long sourceChars) {
    treesFit = keeps || sourceChars * TREE_BYTES_PER_SOURCE_CHAR < Runtime.getRuntime().maxMemory() / 4;
  }

  /**
   * The page's parsed Markdown, parsed again only when its text changed. A cache that keeps nothing returns the
   * parse without its tree when the trees do not fit (see {@link #sizeTrees}).
   */
  ParsedMarkdown parsed(SourceFile source, Function<SourceFile, ParsedMarkdown> parse) {
    if (!keeps) {
      ParsedMarkdown parsed = parse.apply(source);
      return treesFit ? parsed : parsed.withoutTree();
    }
    String title = source.frontMatter().title();
    return reuse(parses, "parse:" + source.lang() + ":" + source.path(),
        cached -> cached.text().equals(source.body()) && Objects.equals(cached.title(), title),
        () -> new Parse(source.body(), title, parse.apply(source))).parsed();
  }

  /**
   * Sets the URL of every source page, and the files wiki links find by name, for this build; bodies are forgotten
   * if any changed.
   */
  synchronized void useLinks(Map<String, String> urlBySource) {
    if (!urlBySource.equals(links)) {
      bodies.clear();
      links = keeps ? Map.copyOf(urlBySource) : Map.of();
    }
  }

  /** The page's rendered body, rendered again unless the same parse was rendered in the same context. */
  Body body(String url, ParsedMarkdown parsed, String context, Supplier<Body> render) {
    return reuse(bodies, "body:" + url, cached -> cached.parsed() == parsed && cached.context().equals(context),
        () -> new BodyEntry(parsed, context, render.get())).body();
  }

  /**
   * The shared inputs of this build's views: last build's instance when they are equal, so that
   * {@link #printed} compares them by identity; null for a cache that keeps nothing (it has no last build).
   */
  synchronized SharedViewInputs sharedViewInputs(Supplier<SharedViewInputs> ofThisBuild) {
    if (!keeps) {
      return null;
    }
    SharedViewInputs current = ofThisBuild.get();
    if (!current.equals(sharedViewInputs)) {
      sharedViewInputs = current;
    }
    return sharedViewInputs;
  }

  /**
   * A printed page: its bytes, and its text when it was printed by this call (null when reused), so that reading it
   * for the link check need not decode the bytes again.
   */
  record PrintedPage(byte[] bytes, String text) {
  }

  /**
   * The page's HTML. Its view is not even made when the shared inputs, the page and its body are those of last
   * time; otherwise it is made, and the page printed again only if the view changed.
   */
  PrintedPage printed(String file, SharedViewInputs shared, Page page, RenderedMarkdown body,
                      Supplier<PageView> view, Function<PageView, String> print) {
    String key = "page:" + file;
    Printed cached = printed.get(key);
    used.add(key);
    if (cached != null && cached.shared() == shared && cached.body() == body && cached.page().equals(page)) {
      return new PrintedPage(cached.bytes(), null);
    }
    PageView made = view.get();
    PrintedPage result;
    if (cached != null && cached.view().equals(made)) {
      result = new PrintedPage(cached.bytes(), null);
    } else {
      String text = print.apply(made);
      result = new PrintedPage(text.getBytes(StandardCharsets.UTF_8), text);
      pagesPrinted.incrementAndGet();
    }
    remember(printed, key, new Printed(shared, page, body, made, result.bytes()));
    return result;
  }

  /** The page analysed for search, analysed again only when its body or title changed. */
  AnalysedPage searchPage(String url, String title, RenderedMarkdown body, Supplier<AnalysedPage> analyse) {
    return reuse(indexed, "search:" + url, cached -> cached.body() == body && cached.title().equals(title),
        () -> new Indexed(body, title, analyse.get())).page();
  }

  /**
   * What the link checker needs of an HTML file, read again only when its bytes are new.
   *
   * @param body      the Markdown body printed in it, or ""
   * @param bodyFacts the facts of {@code body}, known from its tree, or null
   */
  LinkChecker.PageFacts pageFacts(String file, PrintedPage html, String body, LinkChecker.PageFacts bodyFacts) {
    String key = "facts:" + file;
    Read cached = read.get(key);
    if (cached == null || cached.html() != html.bytes()) {
      String text = html.text() != null ? html.text() : new String(html.bytes(), StandardCharsets.UTF_8);
      cached = new Read(html.bytes(), factsReader.read(text, body, bodyFacts));
      remember(read, key, cached);
    }
    used.add(key);
    return cached.facts();
  }

  /**
   * Each language's search index by the analysed pages it was written from, made when first needed (a preview
   * build defers it, see {@link SiteOutput#deferringStreams()}); a one-shot build streams its indexes instead.
   */
  IndexMemo searchIndexes() {
    if (!keeps) {
      return IndexMemo.NONE;
    }
    return (paths, pages, out, writeIndex) -> {
      List<AnalysedPage> from = List.of(pages);
      Index index = reuse(indexes, "index:" + paths.get(0), cached -> cached.pages().equals(from),
          () -> new Index(from, new SiteOutput.Made<>(() -> {
            SiteOutput.InMemory written = SiteOutput.inMemory();
            writeIndex.accept(written);
            return written.files();
          })));
      paths.forEach(path -> out.defer(path, () -> index.files().get().get(path)));
    };
  }

  /** What the link checker kept from the previous build (nothing for a one-shot build). */
  synchronized LinkChecker.Memory linkMemory() {
    return keeps ? linkMemory : new LinkChecker.Memory();
  }

  /** How many pages this build printed rather than reused. */
  int pagesPrinted() {
    return pagesPrinted.get();
  }

  /** Ends a build: entries of pages that no longer exist are dropped. */
  void finish() {
    for (Map<String, ?> map : List.<Map<String, ?>>of(splits, parses, bodies, printed, indexed, indexes, read)) {
      map.keySet().retainAll(used);
    }
  }

  /** The entry under {@code key} if it is still valid, else a new one made and remembered; marks it used. */
  private <T> T reuse(Map<String, T> map, String key, Predicate<T> stillValid, Supplier<T> make) {
    T cached = map.get(key);
    if (cached == null || !stillValid.test(cached)) {
      cached = make.get();
      remember(map, key, cached);
    }
    used.add(key);
    return cached;
  }

  private <T> void remember(Map<String, T> map, String key, T value) {
    if (keeps) {
      map.put(key, value);
    }
  }
}
