package dev.hanji.check;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link gate end to end: every broken or malformed link listed at once, at its Markdown line. */
class LinkCheckTest {
  @TempDir
  Path dir;

  private static final String PAGE = """
      # 링크

      ![그림](missing.png)

      [없는 폴더](nope/)

      <p><a href="gone.html">사라진 파일</a></p>

      [빈 주소](https://) 와 [오타](htp:/x) 와 <a href="http://exa mple.com">공백</a>

      [괜찮은 외부 링크](https://kafka.apache.org/documentation/) [메일](mailto:ops@example.org) [밑줄 호스트](https://my_name.gitbooks.io/book/) [두 번째 샵](https://iceberg.example.org/#aws/#catalogs)

      [없는 제목](#없는-제목) [없는 페이지](missing.md)
      """;

  private static String place(Diagnostic diagnostic) {
    return diagnostic.file() + ":" + diagnostic.line() + " " + diagnostic.message();
  }

  @Test
  void everyBrokenAndMalformedLinkIsListedAtItsLineInOneBuild() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/links.md", PAGE);
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    DiagnosticFormat.assertAllWellFormed(e.diagnostics());
    assertEquals(List.of(
            "content/ko/links.md:3 broken link: 'missing.png'",
            "content/ko/links.md:5 broken link: 'nope/'",
            "content/ko/links.md:7 broken link: 'gone.html'",
            "content/ko/links.md:9 malformed external link: 'https://'",
            "content/ko/links.md:9 unknown scheme 'htp:' in link, kept as written: 'htp:/x'",
            "content/ko/links.md:9 malformed external link: 'http://exa mple.com'",
            "content/ko/links.md:13 link '#없는-제목' points to a missing heading '#없는-제목'",
            "content/ko/links.md:13 link to missing page 'missing.md'"),
        e.diagnostics().stream().map(LinkCheckTest::place).toList());
    assertEquals(List.of("content/ko/links.md:9 unknown scheme 'htp:' in link, kept as written: 'htp:/x'"),
        e.diagnostics().stream().filter(d -> !d.isError()).map(LinkCheckTest::place).toList(),
        "a link with a scheme the checker does not know is kept, with a warning");
  }

  @Test
  void failOnBrokenLinksFalseTurnsThemIntoWarnings() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir).withFailOnBrokenLinks(false);
    write(dir, "content/ko/links.md", PAGE);
    BuildResult result = SiteGenerator.build(options);
    assertEquals(8, result.diagnostics().size(), result.diagnostics().toString());
    assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError));
  }

  @Test
  void anAliasOnARealPageOrOnAnotherAliasIsAnErrorAtTheAliasesLine() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n");
    write(dir, "content/ko/b.md", "---\ntitle: 나\naliases: [/a/, /old/]\n---\n본문\n");
    write(dir, "content/ko/c.md", "---\naliases:\n  - /old\n---\n본문\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    DiagnosticFormat.assertAllWellFormed(e.diagnostics());
    assertEquals(List.of(
            "content/ko/b.md:3:1: error: alias /a/ is already taken by the page content/ko/a.md"
                + " — remove the alias, or move the page that owns that URL",
            "content/ko/c.md:2:1: error: alias /old/ is already taken by an alias of content/ko/b.md"
                + " — remove the alias, or move the page that owns that URL"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void slugsAndAliasesMustBePlainSitePaths() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "---\ntitle: 가\nslug: ../../etc\naliases: [/ok/, 'x?y#z']\n---\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    DiagnosticFormat.assertAllWellFormed(e.diagnostics());
    assertEquals(List.of("content/ko/a.md:3 slug '../../etc' is not one URL path segment",
            "content/ko/a.md:4 alias 'x?y#z' is not a path on this site"),
        e.diagnostics().stream().map(LinkCheckTest::place).toList());
  }

  @Test
  void anAliasNeedingAStaticFileAsItsFolderIsAnErrorAtTheAliasesLine() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "---\ntitle: 가\naliases: [/assets/site.css/]\n---\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    DiagnosticFormat.assertAllWellFormed(e.diagnostics());
    assertEquals(List.of("content/ko/a.md:3 output file assets/site.css/index.html needs assets/site.css to be a"
            + " folder, but it is a file of the site"),
        e.diagnostics().stream().map(LinkCheckTest::place).toList());
  }

  @Test
  void aKeyWrittenTwiceInFrontMatterIsAnError() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "---\ntitle: 가\nweight: 1\ntitle: 나\n---\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    Diagnostic error = e.diagnostics().get(0);
    assertEquals("content/ko/a.md", error.file());
    assertEquals(4, error.line());
    assertTrue(error.message().contains("title"), error.message());
  }
}
