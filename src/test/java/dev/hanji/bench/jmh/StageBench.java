package dev.hanji.bench.jmh;

import dev.hanji.check.LinkChecker;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.render.TemplateRenderer;
import dev.hanji.search.SearchIndexWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot build stages on a generated corpus, each over every page of the site, single
 * threaded (the build runs them in parallel): Markdown parse + render, template render, link check and
 * search index. Divide by the page count ({@code 2 × pagesPerLanguage} plus a few generated pages) for
 * the cost per page. Run with {@code mvn -o -B -Pbench test}; results go to {@code target/bench/jmh.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StageBench {
  @Param({"200"})
  public int pagesPerLanguage;

  private StageFixture fixture;
  private TemplateRenderer templates;

  /** Generates the corpus and prepares every stage's input once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    fixture = new StageFixture(pagesPerLanguage);
    templates = new TemplateRenderer(fixture.templatesDir, fixture.site, fixture.messages, "page.html",
        new Diagnostics());
  }

  /** Markdown stage: parse and render every page's body (links resolved, code highlighted, HTML sanitised). */
  @Benchmark
  public int markdown() {
    int bytes = 0;
    for (Page page : fixture.bodies.keySet()) {
      bytes += fixture.render(fixture.markdown.parse(page.source().body()), page).html().length();
    }
    return bytes;
  }

  /** Render stage: every page through site-templates/page.html. */
  @Benchmark
  public int templates() {
    int bytes = 0;
    List<String> scripts = List.of("assets/site.js", SearchIndexWriter.SCRIPT_PATH);
    for (Map.Entry<Page, RenderedMarkdown> entry : fixture.bodies.entrySet()) {
      bytes += templates.render(templates.view(entry.getKey(), entry.getValue(), scripts)).length();
    }
    return bytes;
  }

  /** Check stage: read every generated page and check all its links. */
  @Benchmark
  public int linkCheck() {
    Diagnostics diagnostics = new Diagnostics();
    LinkChecker checker = new LinkChecker(fixture.files, fixture.site.settings().basePath());
    checker.checkPages(Map.of(), diagnostics, true);
    return diagnostics.all().size();
  }

  /** Search stage: the per-language index files from every page's search document. */
  @Benchmark
  public int searchIndex() {
    SortedMap<String, String> index = SearchIndexWriter.write(fixture.searchDocuments, fixture.site.glossary());
    return index.values().stream().mapToInt(String::length).sum();
  }
}
