package dev.hanji.bench.jmh;

import dev.hanji.bench.CorpusGenerator;
import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.core.SiteGenerator;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.markdown.PageContext;
import dev.hanji.markdown.ParsedMarkdown;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.model.SiteModelBuilder;
import dev.hanji.model.SiteModelBuilder.ParsedSource;
import dev.hanji.search.SearchDocument;
import dev.hanji.sources.Messages;
import dev.hanji.sources.SourceLoader;
import dev.hanji.sources.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inputs of each hot stage for a generated corpus, prepared once outside the measured code: sources,
 * parsed Markdown, the site model, rendered bodies, search documents and the complete output files. The
 * Markdown renderer here has no calculator or glossary embedders (they are package-private to the core);
 * those fences render as plain code blocks.
 */
final class StageFixture {
  final MarkdownRenderer markdown = new MarkdownRenderer(List.of());
  final Path templatesDir;
  final Sources sources;
  final Messages messages;
  final Site site;
  final Map<Page, RenderedMarkdown> bodies = new LinkedHashMap<>();
  final List<SearchDocument> searchDocuments = new ArrayList<>();
  final SortedMap<String, byte[]> files;
  private final Map<String, String> urlBySource = new TreeMap<>();

  StageFixture(int pagesPerLanguage) throws IOException, BuildFailedException {
    Path project = Path.of(System.getProperty("hanji.projectDir", "."));
    Path corpus = Files.createTempDirectory("hanji-jmh-");
    CorpusGenerator.generate(corpus, pagesPerLanguage, 20260101L, project.resolve("content/calculators"));
    templatesDir = project.resolve("site-templates");
    BuildOptions options = BuildOptions.forProject(project).withContentDir(corpus.resolve("content"))
        .withTemplatesDir(templatesDir).withStaticDir(project.resolve("static"));
    Diagnostics diagnostics = new Diagnostics();
    sources = SourceLoader.load(options.folders(), options.overrides(), diagnostics);
    messages = Messages.load(options.folders(), sources.settings().languages(), diagnostics);
    List<ParsedSource> parsed = sources.pages().stream()
        .map(source -> new ParsedSource(source, markdown.parse(source.body()))).toList();
    site = SiteModelBuilder.build(sources.settings(), sources.glossary(), parsed, false, messages, diagnostics,
        java.util.Map.of());
    site.pages().forEach(page -> page.sourceFile()
        .ifPresent(source -> urlBySource.put(source.lang() + ":" + source.path(), page.url())));
    for (Page page : site.pages()) {
      if (page.source() != null) {
        RenderedMarkdown body = render(page.parsed(), page);
        bodies.put(page, body);
        searchDocuments.add(SearchDocument.fromHtml(page.lang(), page.url(), page.title(), body.html()));
      }
    }
    files = new TreeMap<>(SiteGenerator.build(options).files());
  }

  /** Renders one page's parsed Markdown in its context (links resolved against the site model). */
  RenderedMarkdown render(ParsedMarkdown parsed, Page page) {
    PageContext context = new PageContext(page.lang(), page.source().path(), page.source().displayPath(),
        page.source().bodyLine(), page.url(), site.langPrefix(page.lang()), this::urlOf,
        key -> messages.get(page.lang(), key), path -> Optional.empty());
    return markdown.render(parsed, context, new Diagnostics());
  }

  private Optional<String> urlOf(String lang, String path) {
    return Optional.ofNullable(urlBySource.get(lang + ":" + path));
  }
}
