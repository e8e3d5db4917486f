package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Huge pages build, or fail with a diagnostic, within the test JVM's memory: never a stack overflow or OOM. */
@Timeout(value = 120)
class HugeInputTest {
  @TempDir
  java.nio.file.Path dir;

  private Document built(String relative, String markdown, String outputFile) throws BuildFailedException {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, relative, markdown);
    BuildResult result = SiteGenerator.build(options);
    DiagnosticFormat.assertAllWellFormed(result.diagnostics());
    return Jsoup.parse(new String(result.files().get(outputFile), StandardCharsets.UTF_8));
  }

  @Test
  void aFiveMegabytePageBuilds() throws Exception {
    StringBuilder page = new StringBuilder("# 큰 페이지\n\n");
    String paragraph = "카프카 브로커는 페이지 캐시에 크게 의존합니다. Brokers lean on the page cache. ".repeat(8) + "\n\n";
    int sections = 0;
    long bytes = 0;
    while (bytes < 5 * 1024 * 1024) {
      String section = "## 절 " + ++sections + "\n\n" + paragraph.repeat(5);
      page.append(section);
      bytes += section.getBytes(StandardCharsets.UTF_8).length;
    }
    assertTrue(page.toString().getBytes(StandardCharsets.UTF_8).length >= 5 * 1024 * 1024);
    Document html = built("content/ko/big.md", page.toString(), "big/index.html");
    assertEquals(sections, html.select(".page-body h2").size());
  }

  @Test
  void aTenThousandRowTableBuilds() throws Exception {
    StringBuilder table = new StringBuilder("# 표\n\n| 번호 | 값 |\n|---:|---|\n");
    for (int row = 1; row <= 10_000; row++) {
      table.append("| ").append(row).append(" | 값 ").append(row).append(" |\n");
    }
    Document html = built("content/ko/table.md", table.toString(), "table/index.html");
    assertEquals(10_000, html.select(".page-body table tbody tr").size());
  }

  @Test
  void twoHundredLevelsOfNestedListsAndQuotesBuildOrFailCleanly() throws Exception {
    StringBuilder list = new StringBuilder("# 중첩\n\n");
    for (int level = 0; level < 200; level++) {
      list.append("  ".repeat(level)).append("- 단계 ").append(level).append('\n');
    }
    list.append("\n").append("> ".repeat(200)).append("깊은 인용\n");
    try {
      Document html = built("content/ko/nested.md", list.toString(), "nested/index.html");
      assertTrue(html.select(".page-body li").size() >= 200, "every list level is kept");
      assertTrue(html.select(".page-body blockquote").size() >= 100, "the quotes are kept");
    } catch (BuildFailedException e) {
      DiagnosticFormat.assertAllWellFormed(e.diagnostics());
      assertTrue(e.diagnostics().stream().anyMatch(d -> d.file().equals("content/ko/nested.md")), e.getMessage());
    }
  }

  @Test
  void aMegabyteLineAfterAnUnclosedCommentFailsWithADiagnosticNotAStackOverflow() {
    String page = "# 주석\n\ntext <!-- " + "x".repeat(1_000_000) + "\n";
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/comment.md", page);
    try {
      BuildResult result = SiteGenerator.build(options);
      DiagnosticFormat.assertAllWellFormed(result.diagnostics());
    } catch (BuildFailedException e) {
      DiagnosticFormat.assertAllWellFormed(e.diagnostics());
      assertEquals("content/ko/comment.md", e.diagnostics().get(0).file(), e.getMessage());
    }
  }

}
