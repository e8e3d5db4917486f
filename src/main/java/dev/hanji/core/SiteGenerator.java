package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.calc.Calculators;
import dev.hanji.check.LinkChecker;
import dev.hanji.check.PathConflicts;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.markdown.PageContext;
import dev.hanji.markdown.ParsedMarkdown;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.model.SiteModelBuilder;
import dev.hanji.model.SiteModelBuilder.ParsedSource;
import dev.hanji.model.TranslationStatus;
import dev.hanji.output.SiteFiles;
import dev.hanji.files.SiteOutput;
import dev.hanji.output.SiteWriter;
import dev.hanji.render.SharedViewInputs;
import dev.hanji.render.TemplateRenderer;
import dev.hanji.search.AnalysedPage;
import dev.hanji.search.SearchDocument;
import dev.hanji.search.SearchIndexWriter;
import dev.hanji.sources.FolderWalker;
import dev.hanji.sources.GitDates;
import dev.hanji.sources.ImageSize;
import dev.hanji.sources.Messages;
import dev.hanji.sources.SourceFile;
import dev.hanji.sources.SourceLoader;
import dev.hanji.sources.Sources;
import dev.hanji.sources.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one entry point every front end calls. It runs the pipeline — load sources, parse Markdown, build
 * the site model, render Markdown and templates, check links, write atomically — and is the only class
 * that knows the whole of it. Pages are rendered in parallel, and each page is written (to memory or to the
 * staging folder) as soon as it is printed, keeping only what the link check and the search index need of it,
 * so that a large site does not have to fit in memory; output order is by path, so the same sources give the
 * same bytes. A {@link BuildSession} runs the same pipeline again with a {@link BuildCache}, so that
 * work whose inputs did not change is reused.
 */
public final class SiteGenerator {
  /** The site's own script, loaded by every page. */
  static final String SITE_SCRIPT = "assets/site.js";
  /** Draws Mermaid diagrams with the site's copy of Mermaid; loaded only by pages that have one. */
  static final String DIAGRAM_SCRIPT = "assets/diagrams.js";
  /** The vendored Mermaid, published only with a site that has a diagram. */
  private static final String DIAGRAM_LIBRARY = "assets/vendor/mermaid/";

  private final BuildOptions options;
  private final BuildCache cache;
  private final Progress progress;

  private SiteGenerator(BuildOptions options, BuildCache cache, Progress progress) {
    this.options = options;
    this.cache = cache;
    this.progress = progress;
  }

  /**
   * Builds the site and writes it to the output folder, replacing the previous site only on success.
   *
   * @throws BuildFailedException listing every error; the output folder is then untouched
   */
  public static BuildResult generate(BuildOptions options) throws BuildFailedException {
    return generate(options, Progress.NONE);
  }

  /**
   * Like {@link #generate(BuildOptions)}, reporting each stage to {@code progress} as it goes.
   *
   * @throws BuildFailedException listing every error; the output folder is then untouched
   */
  public static BuildResult generate(BuildOptions options, Progress progress) throws BuildFailedException {
    try (SiteWriter.Staging staging = SiteWriter.open(options.folders())) {
      BuildResult result = new SiteGenerator(options, BuildCache.none(), progress)
          .run(staging, Collections.emptySortedMap(), Collections.emptySortedMap());
      progress.report("writing " + options.outputDir().getFileName(), 0, 0);
      staging.commit();
      return result;
    }
  }

  /**
   * Builds the site in memory without writing anything (tests use this; the preview server keeps a
   * {@link BuildSession}).
   *
   * @throws BuildFailedException listing every error
   */
  public static BuildResult build(BuildOptions options) throws BuildFailedException {
    return build(options, BuildCache.none(), Progress.NONE, false);
  }

  /**
   * Builds in memory with {@code cache}; with {@code deferStreams} the search indexes are left to be made when
   * first asked for ({@link BuildResult#deferredFiles()}).
   */
  static BuildResult build(BuildOptions options, BuildCache cache, Progress progress, boolean deferStreams)
      throws BuildFailedException {
    SiteOutput.InMemory output = deferStreams ? SiteOutput.deferringStreams() : SiteOutput.inMemory();
    return new SiteGenerator(options, cache, progress).run(output, output.files(), output.deferred());
  }

  /**
   * Runs the pipeline, writing each file to {@code sink} as soon as it is made and keeping of each page only
   * what the link check and the search index need. Whatever a stage throws unexpectedly fails the build with one
   * diagnostic, naming the page being built when it is known ({@link UnexpectedFailure}).
   *
   * @param kept     the files the result lists ({@link BuildResult#files()})
   * @param deferred the files the result lists as not made yet ({@link BuildResult#deferredFiles()})
   */
  private BuildResult run(SiteOutput sink, SortedMap<String, byte[]> kept,
                          SortedMap<String, Supplier<byte[]>> deferred) throws BuildFailedException {
    try {
      return runStages(sink, kept, deferred);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String site = options.display(options.contentDir());
      throw new BuildFailedException(List.of(UnexpectedFailure.diagnosticOf(e, site)));
    }
  }

  /** {@link #run}, letting through what no stage expected (a bug, a vanished file, a full heap). */
  private BuildResult runStages(SiteOutput sink, SortedMap<String, byte[]> kept,
                                SortedMap<String, Supplier<byte[]>> deferred) throws BuildFailedException {
    long start = System.nanoTime();
    cache.begin(() -> InputFingerprint.of(options));
    Diagnostics diagnostics = new Diagnostics();
    progress.report("loading sources", 0, 0);
    Sources sources = SourceLoader.load(options.folders(), options.overrides(), diagnostics, cache.splits());
    Messages messages = Messages.load(options.folders(), sources.settings().languages(), diagnostics);
    FolderWalker folders = FolderWalker.of(options.folders());
    requireReadableTemplate(folders, diagnostics);
    Path calculatorDir = options.contentDir().resolve("calculators");
    Calculators calculators = Calculators.load(folders.files(calculatorDir, options.display(calculatorDir),
        diagnostics), options.display(calculatorDir), diagnostics);
    failOnErrors(diagnostics);

    MarkdownRenderer markdown = cache.markdown(() -> new MarkdownRenderer(
        List.of(Embedders.calculators(calculators), Embedders.glossary(sources.glossary()))));
    cache.sizeTrees(sources.pages().stream().mapToLong(source -> source.body().length()).sum());
    Counter parsing = new Counter("parsing Markdown", sources.pages().size());
    List<ParsedSource> parsed = sources.pages().parallelStream()
        .map(source -> parsing.done(new ParsedSource(source, UnexpectedFailure.guard(source.displayPath(), 1,
            () -> cache.parsed(source, page -> parse(markdown, page)))))).toList();
    Site site = SiteModelBuilder.build(sources.settings(), sources.glossary(), parsed, options.drafts(), messages,
        diagnostics, GitDates.read(options.contentDir()));
    failOnErrors(diagnostics);

    SortedMap<String, Theme.StaticFile> staticFiles = Theme.staticFiles(options.folders(), folders, diagnostics);
    WrittenFiles output = new WrittenFiles(sink);
    Diagnostics templateProblems = new Diagnostics();
    PageWriter pages = new PageWriter(site, new SiteLookup(site, sources.assets()), markdown, messages,
        imageSizes(staticFiles, sources, site), output, diagnostics, templateProblems);
    Map<String, KeptPage> keptPages = pages.writeAll();
    addAssets(pages.hasDiagrams.get() ? staticFiles : withoutDiagramFiles(staticFiles), sources, site, calculators,
        output, diagnostics);
    diagnostics.addAll(templateProblems);
    Runnable searchIndexes = () -> writeSearchIndexes(pages.searchPages, site, output);
    if (templateProblems.hasErrors()) { // failed templates leave empty pages: checking them is only noise
      searchIndexes.run();
    } else {
      output.reserve(SearchIndexWriter.indexPaths(pages.searchPages, site.settings().languages()));
      alongside(searchIndexes, () -> {
        progress.report("checking links", 0, 0);
        check(site, keptPages, output, diagnostics);
      });
    }
    failOnErrors(diagnostics);
    cache.finish();
    return result(site, new TreeMap<>(kept), new TreeMap<>(deferred), output.paths.size(), diagnostics, start);
  }

  /**
   * What the link check needs of a page with a Markdown body once the page is written: where its links come from
   * and its anchor links. Its tree, body HTML and bytes are gone; its analysis for search is kept apart
   * ({@link PageWriter#searchPages}), to be let go of as soon as it is in the search index.
   */
  private record KeptPage(LinkChecker.LinkOrigin origin, List<RenderedMarkdown.AnchorLink> anchors) {
  }

  /** Renders, prints and writes every page in parallel, one page at a time per thread. */
  private final class PageWriter {
    private final Site site;
    private final MarkdownRenderer markdown;
    private final Messages messages;
    private final Function<String, Optional<ImageSize>> images;
    private final WrittenFiles output;
    private final Diagnostics diagnostics;
    private final TemplateRenderer templates;
    private final SiteLookup lookup;
    private final SharedViewInputs sharedViewInputs;
    /** Every page with a body analysed for search, in no order (the index writer sorts them). */
    private final Queue<AnalysedPage> searchPages = new ConcurrentLinkedQueue<>();
    /** Whether any page has a Mermaid diagram, so the site needs the diagram script and library. */
    private final AtomicBoolean hasDiagrams = new AtomicBoolean();

    PageWriter(Site site, SiteLookup lookup, MarkdownRenderer markdown, Messages messages,
               Function<String, Optional<ImageSize>> images, WrittenFiles output, Diagnostics diagnostics,
               Diagnostics templateProblems) {
      this.site = site;
      this.lookup = lookup;
      this.markdown = markdown;
      this.messages = messages;
      this.images = images;
      this.output = output;
      this.diagnostics = diagnostics;
      this.templates = new TemplateRenderer(options.templatesDir(), site, messages,
          Theme.templateDisplay(options.folders(), TemplateRenderer.PAGE_TEMPLATE + ".html"), templateProblems);
      cache.useLinks(lookup.fingerprint());
      this.sharedViewInputs = cache.sharedViewInputs(() -> SharedViewInputs.of(site));
    }

    /** Writes every page and its aliases' redirects; returns what is kept of pages with a body, by URL. */
    Map<String, KeptPage> writeAll() {
      Counter printing = new Counter("rendering pages", site.pages().size());
      Map<String, KeptPage> kept = new ConcurrentHashMap<>();
      site.pages().parallelStream().forEach(page -> {
        guard(page, () -> write(page)).ifPresent(keep -> kept.put(page.url(), keep));
        printing.done(page);
      });
      for (Page page : site.pages()) {
        for (String from : page.aliases()) {
          output.write(from + "index.html", utf8(SiteFiles.redirect(from, page, site)));
        }
      }
      return kept;
    }

    /** Runs work on one page, so that an unexpected failure names the page's source, or its file if it has none. */
    private <T> T guard(Page page, Supplier<T> work) {
      return page.source() != null ? UnexpectedFailure.guard(page.source().displayPath(), 1, work)
          : UnexpectedFailure.guard(page.outputFile(), 0, work);
    }

    private Optional<KeptPage> write(Page page) {
      BuildCache.Body rendered = page.source() == null ? null : body(page);
      RenderedMarkdown body = rendered == null ? null : rendered.rendered();
      List<String> scripts = new ArrayList<>(List.of(SITE_SCRIPT, SearchIndexWriter.SCRIPT_PATH));
      if (body != null && body.embeds().contains("calculator")) {
        scripts.add(Calculators.RUNTIME_PATH);
      }
      if (body != null && body.embeds().contains(RenderedMarkdown.MERMAID)) {
        scripts.add(DIAGRAM_SCRIPT);
        hasDiagrams.set(true);
      }
      output.writePage(page.outputFile(), cache.printed(page.outputFile(), sharedViewInputs, page, body,
          () -> templates.view(page, body, scripts), templates::render),
          body == null ? "" : body.html(), rendered == null ? null : rendered.facts());
      if (body == null) {
        return Optional.empty();
      }
      // the tags are part of what is indexed: a new tag in the front matter alone indexes the page again
      searchPages.add(cache.searchPage(page.url(), page.title() + "\n" + page.tags(), body, () -> AnalysedPage.of(
          SearchDocument.of(page.lang(), page.url(), page.title(), tagsText(page), rendered.text()))));
      return Optional.of(new KeptPage(new LinkChecker.LinkOrigin(page.source().displayPath(), body.links()),
          body.anchors()));
    }

    /** The page's tags as a paragraph that search reads before the body, so that a tag finds its pages. */
    private static String tagsText(Page page) {
      return page.tags().stream().map(tag -> "#" + tag).collect(java.util.stream.Collectors.joining(" "));
    }

    private BuildCache.Body body(Page page) {
      SourceFile source = page.source();
      PageContext context = new PageContext(page.lang(), source.path(), source.displayPath(), source.bodyLine(),
          page.url(), site.langPrefix(page.lang()), lookup,
          key -> messages.get(page.lang(), key), images);
      BuildCache.Body body = cache.body(page.url(), page.parsed(), contextKey(context), () -> {
        ParsedMarkdown tree = page.parsed().hasTree() ? page.parsed() : parse(markdown, source);
        Diagnostics own = new Diagnostics();
        BodyReading reading = new BodyReading();
        RenderedMarkdown rendered = markdown.render(tree, context, own, reading::read);
        return new BuildCache.Body(rendered, own.all(), reading.facts, reading.text);
      });
      body.diagnostics().forEach(diagnostics::add);
      return body;
    }
  }

  /** What the link check and search need of a page body, read once from the tree its HTML is printed from. */
  private static final class BodyReading {
    /** What an empty body holds: the reading of a page too complex to render, whose HTML is empty. */
    private static final LinkChecker.PageFacts NO_FACTS = LinkChecker.PageFacts.of(emptyBody());
    private static final SearchDocument.BodyText NO_TEXT = SearchDocument.BodyText.of(emptyBody());
    private LinkChecker.PageFacts facts = NO_FACTS;
    private SearchDocument.BodyText text = NO_TEXT;

    void read(org.jsoup.nodes.Element body) {
      facts = LinkChecker.PageFacts.of(body);
      text = SearchDocument.BodyText.of(body);
    }

    private static org.jsoup.nodes.Element emptyBody() {
      return new org.jsoup.nodes.Element("body");
    }
  }

  /**
   * The build's output as far as the link check needs it — every path written, and what it needs of every HTML
   * file — while the files themselves go on to the sink.
   */
  private final class WrittenFiles implements SiteOutput {
    private final SiteOutput sink;
    private final SortedSet<String> paths = new ConcurrentSkipListSet<>();
    private final Map<String, LinkChecker.PageFacts> pages = new ConcurrentHashMap<>();

    WrittenFiles(SiteOutput sink) {
      this.sink = sink;
    }

    @Override
    public void write(String path, byte[] bytes) {
      writePage(path, new BuildCache.PrintedPage(bytes, null), "", null);
    }

    /**
     * Writes a file; if it is a page, {@code body} is the Markdown body printed in it (or empty) and
     * {@code bodyFacts} what its tree held for the link check (or null: then the body is read from the HTML).
     */
    void writePage(String path, BuildCache.PrintedPage page, String body, LinkChecker.PageFacts bodyFacts) {
      sink.write(path, page.bytes());
      paths.add(path);
      if (LinkChecker.isPage(path)) {
        pages.put(path, cache.pageFacts(path, page, body, bodyFacts));
      }
    }

    /**
     * Writes a file copied as it is from the sources. An HTML file among them is a link target (its ids count),
     * but its own links are the author's business, as with Hugo's static files: a stray exported page's links are
     * not held against the site.
     */
    void copy(String path, byte[] bytes) {
      sink.write(path, bytes);
      paths.add(path);
      if (LinkChecker.isPage(path)) {
        pages.put(path, LinkChecker.PageFacts.of(bytes).withoutLinks());
      }
    }

    /** Streams a data file (the search index); a page must be written whole, to be read for the link check. */
    @Override
    public void write(String path, Content content) {
      requireNotPage(path);
      sink.write(path, content);
      paths.add(path);
    }

    @Override
    public void defer(String path, Supplier<byte[]> bytes) {
      requireNotPage(path);
      sink.defer(path, bytes);
      paths.add(path);
    }

    /** Counts files as written before they are: the link check may then run while they are being made. */
    void reserve(List<String> filePaths) {
      filePaths.forEach(this::requireNotPage);
      paths.addAll(filePaths);
    }

    private void requireNotPage(String path) {
      if (LinkChecker.isPage(path)) {
        throw new IllegalArgumentException("a page is written whole, to be read for the link check: " + path);
      }
    }
  }

  /** The page template is read by name, so a link out of the project cannot be skipped: the build stops. */
  private void requireReadableTemplate(FolderWalker folders, Diagnostics diagnostics) {
    Path template = options.templatesDir().resolve(TemplateRenderer.PAGE_TEMPLATE + ".html");
    String shown = options.display(template);
    if (!folders.mayRead(template, shown, diagnostics)) {
      diagnostics.error(shown, 0, 0, "the page template is skipped, and no page can be printed without it",
          "make " + shown + " a file inside the project");
    }
  }

  /**
   * Measures a static file or content asset by its site path, once per build; other paths, and the bundled theme's
   * files (a stylesheet, scripts, a favicon: not images of a page), have no size.
   */
  private static Function<String, Optional<ImageSize>> imageSizes(SortedMap<String, Theme.StaticFile> staticFiles,
                                                                  Sources sources, Site site) {
    Map<String, Path> files = new HashMap<>();
    staticFiles.values().stream().filter(file -> !file.isBundled())
        .forEach(file -> files.put(file.path(), file.file()));
    for (Sources.Asset asset : sources.assets()) {
      files.put(site.langPrefix(asset.lang()) + asset.path(), asset.source());
    }
    Map<String, Optional<ImageSize>> measured = new ConcurrentHashMap<>();
    return path -> measured.computeIfAbsent(path,
        key -> files.containsKey(key) ? ImageSize.of(files.get(key)) : Optional.empty());
  }

  /** Parses a page's body; its front matter title decides whether a leading heading stays in the body. */
  private static ParsedMarkdown parse(MarkdownRenderer markdown, SourceFile source) {
    return markdown.parse(source.body(), source.frontMatter().title());
  }

  /** What a body's rendering depends on besides its parse, the site's links and the shared inputs. */
  private static String contextKey(PageContext context) {
    return String.join("\n", context.lang(), context.sourcePath(), context.displayPath(),
        String.valueOf(context.bodyLine()), context.url(), context.langPrefix());
  }

  /** Counts the items of one stage as threads finish them, and reports the count. */
  private final class Counter {
    private final String stage;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Counter(String stage, int total) {
      this.stage = stage;
      this.total = total;
      progress.report(stage, 0, total);
    }

    <T> T done(T item) {
      progress.report(stage, done.incrementAndGet(), total);
      return item;
    }
  }

  /** The static files without Mermaid (3.5 MB) and its loader, for a site that has no diagram. */
  private static SortedMap<String, Theme.StaticFile> withoutDiagramFiles(SortedMap<String, Theme.StaticFile> files) {
    SortedMap<String, Theme.StaticFile> kept = new TreeMap<>(files);
    kept.keySet().removeIf(path -> path.equals(DIAGRAM_SCRIPT) || path.startsWith(DIAGRAM_LIBRARY));
    return kept;
  }

  /** Writes each language's search index; the pages are let go of as they go into it. */
  private void writeSearchIndexes(Queue<AnalysedPage> searchPages, Site site, WrittenFiles output) {
    progress.report("indexing for search", 0, 0);
    SearchIndexWriter.writeAnalysed(searchPages, site.glossary(), site.settings().languages(), output,
        cache.searchIndexes());
  }

  /**
   * Runs {@code other} on a thread of its own while this thread does {@code work}, and waits for both: the search
   * index is written by one thread, which would leave the other cores idle at the end of a build. What {@code other}
   * throws is thrown here, as if it had run on this thread.
   */
  private static void alongside(Runnable other, Runnable work) {
    CompletableFuture<Void> running = CompletableFuture.runAsync(other,
        task -> new Thread(task, "hanji-alongside").start());
    try {
      work.run();
    } finally {
      try {
        running.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw e;
      }
    }
  }

  private void addAssets(SortedMap<String, Theme.StaticFile> staticFiles, Sources sources, Site site,
                         Calculators calculators, WrittenFiles output, Diagnostics diagnostics) {
    staticFiles.forEach((path, file) -> copy(file, path, output, diagnostics));
    for (Sources.Asset asset : sources.assets()) {
      String path = site.langPrefix(asset.lang()) + asset.path();
      if (output.paths.contains(path)) { // pages are written first: a note's page is never lost to a stray file
        diagnostics.warning(options.display(asset.source()), 0, 0, "not published: the page of this folder is "
            + "written at " + path, "rename the file if readers need it, or move the page's Markdown elsewhere");
        continue;
      }
      copy(new Theme.StaticFile(asset.path(), asset.source()), path, output, diagnostics);
    }
    calculators.browserFiles().forEach((path, text) -> output.write(path, utf8(text)));
    output.write(SearchIndexWriter.SCRIPT_PATH, utf8(SearchIndexWriter.script()));
    output.write("sitemap.xml", utf8(SiteFiles.sitemap(site)));
    output.write("robots.txt", utf8(SiteFiles.robots(site)));
    output.write(".nojekyll", new byte[0]);
    if (!site.settings().cname().isEmpty()) {
      output.write("CNAME", utf8(site.settings().cname() + "\n"));
    }
  }

  private void check(Site site, Map<String, KeptPage> keptPages, WrittenFiles output, Diagnostics diagnostics) {
    LinkChecker checker = new LinkChecker(output.paths, output.pages, site.settings().basePath(),
        cache.linkMemory());
    Map<String, LinkChecker.LinkOrigin> origins = new TreeMap<>();
    for (Page page : site.pages()) {
      KeptPage kept = keptPages.get(page.url());
      if (kept != null) {
        origins.put(page.outputFile(), kept.origin());
        checker.checkAnchors(kept.origin().file(), kept.anchors(), diagnostics, options.failOnBrokenLinks());
      }
    }
    checker.checkPages(origins, diagnostics, options.failOnBrokenLinks());
    reportPathConflicts(site, output.paths, diagnostics);
  }

  /** Names the source of the file that needs another file's path as its folder: a page, an alias or a static file. */
  private void reportPathConflicts(Site site, SortedSet<String> paths, Diagnostics diagnostics) {
    for (PathConflicts.Conflict conflict : PathConflicts.find(paths)) {
      String file = conflict.nested();
      int line = 0;
      for (Page page : site.pages()) {
        if (page.outputFile().equals(conflict.nested()) && page.source() != null) {
          file = page.source().displayPath();
          line = 1;
        } else if (page.aliases().stream().anyMatch(alias -> (alias + "index.html").equals(conflict.nested()))) {
          file = page.source().displayPath();
          line = page.source().lineOf("aliases");
        }
      }
      diagnostics.error(file, line, line > 0 ? 1 : 0, "output file " + conflict.nested() + " needs "
              + conflict.file() + " to be a folder, but it is a file of the site",
          "rename the page, alias or static file so that their paths do not overlap");
    }
  }

  private BuildResult result(Site site, SortedMap<String, byte[]> files, SortedMap<String, Supplier<byte[]>> deferred,
                             int filesWritten, Diagnostics diagnostics, long start) {
    Map<String, Integer> perLanguage = new TreeMap<>();
    for (String lang : site.settings().languages()) {
      perLanguage.put(lang, (int) site.pages().stream()
          .filter(page -> page.lang().equals(lang) && page.source() != null).count());
    }
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (TranslationStatus status : site.translations()) {
      String source = status.source().source().displayPath();
      switch (status.state()) {
        case MISSING -> missing.add(source);
        case STALE, UNMARKED -> stale.add(status.translated().source().displayPath() + " (source: " + source
            + ", now " + status.source().source().bodyHash() + ")");
        default -> { }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(files, deferred, filesWritten, perLanguage, missing, stale, diagnostics.warnings(), millis,
        site.settings().basePath(), cache.pagesPrinted());
  }

  private static void failOnErrors(Diagnostics diagnostics) throws BuildFailedException {
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
  }

  /** Copies a file into the site as it is; a file that cannot be read is an error at that file. */
  private void copy(Theme.StaticFile file, String path, WrittenFiles output, Diagnostics diagnostics) {
    try {
      output.copy(path, file.bytes());
    } catch (IOException e) {
      diagnostics.error(options.display(file.file()), 0, 0, "cannot read file: " + e.getMessage(),
          "check that the file exists and is readable");
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
