package dev.hanji.core;

import dev.hanji.calc.Calculators;
import dev.hanji.check.LinkChecker;
import dev.hanji.check.PathConflicts;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.markdown.PageContext;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.model.SiteModelBuilder;
import dev.hanji.model.SiteModelBuilder.ParsedSource;
import dev.hanji.model.TranslationStatus;
import dev.hanji.output.SiteFiles;
import dev.hanji.output.SiteWriter;
import dev.hanji.render.TemplateRenderer;
import dev.hanji.search.SearchDocument;
import dev.hanji.search.SearchIndexWriter;
import dev.hanji.sources.Messages;
import dev.hanji.sources.SourceFile;
import dev.hanji.sources.SourceLoader;
import dev.hanji.sources.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one entry point every front end calls. It runs the pipeline — load sources, parse Markdown, build
 * the site model, render Markdown and templates, check links, write atomically — and is the only class
 * that knows the whole of it. Pages are rendered in parallel; output order is by path, so the same sources
 * give the same bytes.
 */
public final class SiteGenerator {
  /** The site's own script, loaded by every page. */
  static final String SITE_SCRIPT = "assets/site.js";

  private final BuildOptions options;

  private SiteGenerator(BuildOptions options) {
    this.options = options;
  }

  /**
   * Builds the site and writes it to the output folder, replacing the previous site only on success.
   *
   * @throws BuildFailedException listing every error; the output folder is then untouched
   */
  public static BuildResult generate(BuildOptions options) throws BuildFailedException {
    BuildResult result = build(options);
    SiteWriter.write(result.files(), options.outputDir());
    return result;
  }

  /**
   * Builds the site in memory without writing anything (the preview server and tests use this).
   *
   * @throws BuildFailedException listing every error
   */
  public static BuildResult build(BuildOptions options) throws BuildFailedException {
    return new SiteGenerator(options).run();
  }

  private BuildResult run() throws BuildFailedException {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    Sources sources = SourceLoader.load(options, diagnostics);
    Messages messages = Messages.load(options, sources.settings().languages(), diagnostics);
    Path calculatorDir = options.contentDir().resolve("calculators");
    Calculators calculators = Calculators.load(calculatorDir, options.display(calculatorDir), diagnostics);
    failOnErrors(diagnostics);

    MarkdownRenderer markdown = new MarkdownRenderer(
        List.of(Embedders.calculators(calculators), Embedders.glossary(sources.glossary())));
    List<ParsedSource> parsed = sources.pages().parallelStream()
        .map(source -> new ParsedSource(source, markdown.parse(source.body()))).toList();
    Site site = SiteModelBuilder.build(sources.settings(), sources.glossary(), parsed, options.drafts(), messages,
        diagnostics);
    failOnErrors(diagnostics);

    Map<String, RenderedMarkdown> bodies = renderBodies(site, markdown, messages, diagnostics);
    failOnErrors(diagnostics);

    SortedMap<String, byte[]> files = new TreeMap<>();
    renderPages(site, bodies, messages, calculators, files, diagnostics);
    addAssets(sources, site, calculators, bodies, files);
    check(site, bodies, files, diagnostics);
    failOnErrors(diagnostics);
    return result(site, files, diagnostics, start);
  }

  private Map<String, RenderedMarkdown> renderBodies(Site site, MarkdownRenderer markdown, Messages messages,
                                                     Diagnostics diagnostics) {
    Map<String, String> urlBySource = new TreeMap<>();
    site.pages().forEach(page -> page.sourceFile()
        .ifPresent(source -> urlBySource.put(source.lang() + ":" + source.path(), page.url())));
    Map<String, RenderedMarkdown> bodies = new ConcurrentHashMap<>();
    site.pages().parallelStream().filter(page -> page.source() != null).forEach(page -> {
      SourceFile source = page.source();
      PageContext context = new PageContext(page.lang(), source.path(), source.displayPath(), source.bodyLine(),
          page.url(), site.langPrefix(page.lang()),
          (lang, path) -> java.util.Optional.ofNullable(urlBySource.get(lang + ":" + path)),
          key -> messages.get(page.lang(), key));
      bodies.put(page.url(), markdown.render(page.parsed(), context, diagnostics));
    });
    return new TreeMap<>(bodies);
  }

  private void renderPages(Site site, Map<String, RenderedMarkdown> bodies, Messages messages,
                           Calculators calculators, SortedMap<String, byte[]> files, Diagnostics diagnostics) {
    TemplateRenderer templates = new TemplateRenderer(options.templatesDir(), site, messages,
        options.display(options.templatesDir().resolve(TemplateRenderer.PAGE_TEMPLATE + ".html")), diagnostics);
    Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    site.pages().parallelStream().forEach(page -> {
      RenderedMarkdown body = bodies.get(page.url());
      List<String> scripts = new ArrayList<>(List.of(SITE_SCRIPT, SearchIndexWriter.SCRIPT_PATH));
      if (body != null && body.embeds().contains("calculator")) {
        scripts.add(Calculators.RUNTIME_PATH);
      }
      rendered.put(page.outputFile(), templates.render(page, body, scripts).getBytes(StandardCharsets.UTF_8));
    });
    files.putAll(rendered);
    for (Page page : site.pages()) {
      for (String from : page.aliases()) {
        files.put(from + "index.html", SiteFiles.redirect(from, page, site).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void addAssets(Sources sources, Site site, Calculators calculators, Map<String, RenderedMarkdown> bodies,
                         SortedMap<String, byte[]> files) {
    copyTree(options.staticDir(), "", files);
    for (Sources.Asset asset : sources.assets()) {
      files.put(site.langPrefix(asset.lang()) + asset.path(), readBytes(asset.source()));
    }
    calculators.browserFiles().forEach((path, text) -> files.put(path, utf8(text)));
    SearchIndexWriter.write(searchDocuments(site, bodies), site.glossary())
        .forEach((path, text) -> files.put(path, utf8(text)));
    files.put(SearchIndexWriter.SCRIPT_PATH, utf8(SearchIndexWriter.script()));
    files.put("sitemap.xml", utf8(SiteFiles.sitemap(site)));
    files.put("robots.txt", utf8(SiteFiles.robots(site)));
    files.put(".nojekyll", new byte[0]);
    if (!site.settings().cname().isEmpty()) {
      files.put("CNAME", utf8(site.settings().cname() + "\n"));
    }
  }

  private static List<SearchDocument> searchDocuments(Site site, Map<String, RenderedMarkdown> bodies) {
    List<SearchDocument> documents = new ArrayList<>();
    for (Page page : site.pages()) {
      RenderedMarkdown body = bodies.get(page.url());
      if (body != null) {
        documents.add(SearchDocument.fromHtml(page.lang(), page.url(), page.title(), body.html()));
      }
    }
    return documents;
  }

  private void check(Site site, Map<String, RenderedMarkdown> bodies, SortedMap<String, byte[]> files,
                     Diagnostics diagnostics) {
    if (diagnostics.hasErrors()) {
      return; // the templates failed: their empty pages would only add broken-link noise
    }
    LinkChecker checker = new LinkChecker(files, site.settings().basePath());
    Map<String, LinkChecker.LinkOrigin> origins = new TreeMap<>();
    for (Page page : site.pages()) {
      RenderedMarkdown body = bodies.get(page.url());
      if (body != null) {
        origins.put(page.outputFile(), new LinkChecker.LinkOrigin(page.source().displayPath(), body.links()));
        checker.checkAnchors(page.source().displayPath(), body.anchors(), diagnostics, options.failOnBrokenLinks());
      }
    }
    checker.checkPages(origins, diagnostics, options.failOnBrokenLinks());
    reportPathConflicts(site, files, diagnostics);
  }

  /** Names the source of the file that needs another file's path as its folder: a page, an alias or a static file. */
  private void reportPathConflicts(Site site, SortedMap<String, byte[]> files, Diagnostics diagnostics) {
    for (PathConflicts.Conflict conflict : PathConflicts.find(files)) {
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

  private static BuildResult result(Site site, SortedMap<String, byte[]> files, Diagnostics diagnostics, long start) {
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
    return new BuildResult(files, perLanguage, missing, stale, diagnostics.warnings(), millis);
  }

  private static void failOnErrors(Diagnostics diagnostics) throws BuildFailedException {
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(diagnostics.all());
    }
  }

  private void copyTree(Path root, String prefix, SortedMap<String, byte[]> files) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).sorted().forEach(file ->
          files.put(prefix + root.relativize(file).toString().replace('\\', '/'), readBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
