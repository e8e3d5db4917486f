package dev.hanji.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.NuHtmlChecker;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality gate: every page of the real site is valid HTML, and its stylesheet valid CSS, by the W3C Nu HTML Checker. */
class HtmlValidityTest {
  private static NuHtmlChecker checker;
  private static BuildResult realSite;

  @BeforeAll
  static void setUp(@TempDir Path out) throws Exception {
    checker = NuHtmlChecker.create();
    realSite = SiteGenerator.build(BuildOptions.forProject(TestSites.projectDir()).withOutputDir(out.resolve("site")));
  }

  @Test
  void everyGeneratedPageOfTheRealSiteIsValidHtml() {
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (Map.Entry<String, byte[]> file : realSite.files().entrySet()) {
      if (file.getKey().endsWith(".html")) {
        pages++;
        errors.addAll(checker.errors(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8)));
      }
    }
    assertTrue(pages >= 16, "only " + pages + " pages were checked");
    assertEquals("", String.join("\n", errors), errors.size() + " HTML errors");
  }

  @Test
  void everyPageOfTheFixtureSiteIsValidHtml(@TempDir Path dir) throws Exception {
    // The fixture has what the real site lacks: generated section pages, missing translations, raw <details>.
    BuildResult fixture = SiteGenerator.build(FixtureSite.copyTo(dir));
    List<String> errors = new ArrayList<>();
    fixture.files().forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        errors.addAll(checker.errors(path, new String(bytes, StandardCharsets.UTF_8)));
      }
    });
    assertEquals("", String.join("\n", errors), errors.size() + " HTML errors");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"vault", "gitbook", "jekyll"})
  void everyPageOfTheNotesWrittenElsewhereIsValidHtml(String fixture, @TempDir Path dir) throws Exception {
    // Callouts as <details>, wiki links, tag pages and Mermaid diagrams, as the dialect fixtures have them.
    TestSites.copyTree(TestSites.projectDir().resolve("src/test/resources/sites/" + fixture + "/content"),
        dir.resolve("content"));
    BuildResult built = SiteGenerator.build(TestSites.options(dir));
    List<String> errors = new ArrayList<>();
    built.files().forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        errors.addAll(checker.errors(path, new String(bytes, StandardCharsets.UTF_8)));
      }
    });
    assertEquals("", String.join("\n", errors), errors.size() + " HTML errors");
  }

  @Test
  void theSiteStylesheetIsValidCss() throws Exception {
    Path css = TestSites.projectDir().resolve("static/assets/site.css");
    assertEquals(List.of(), checker.cssErrors("static/assets/site.css", Files.readString(css)));
  }

  @Test
  void theCssCheckReportsUnknownPropertiesAndValues() {
    List<String> errors = checker.cssErrors("bad.css", "p { colr: red; }\n.a { width: 10pxx; }\n");
    assertTrue(errors.stream().anyMatch(e -> e.contains("“colr”")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("“width”")), errors::toString);
  }

  @Test
  void theCheckerReportsEachErrorOfAnInvalidPageWithItsLine() {
    String page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Bad</title></head>
        <body>
        <p>Stray end tag</span></p>
        <img src="x.png">
        <div id="a"></div><div id="a"></div>
        <ul><div>not a list item</div></ul>
        </body>
        </html>
        """;
    List<String> errors = checker.errors("bad.html", page);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad.html:5:") && e.contains("Stray end tag “span”")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad.html:6:") && e.contains("alt")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad.html:7:") && e.contains("Duplicate ID")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("bad.html:8:") && e.contains("“div” not allowed")),
        errors::toString);
  }

  @Test
  void aValidMinimalPageHasNoErrors() {
    String page = "<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>좋음</title></head>"
        + "<body><p>안녕하세요.</p></body></html>";
    assertEquals(List.of(), checker.errors("good.html", page));
  }
}
