package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exception no stage expected fails the build with one diagnostic, never a stack trace or a half-written site. */
class UnexpectedFailureTest {
  private static final List<String> PAGES = List.of("content/ko/a.md", "content/ko/b.md", "content/ko/c.md");

  @TempDir
  Path dir;

  @Test
  void aFailureWhileBuildingAPageNamesThatPage() {
    Diagnostic diagnostic = failureOfParallelPages("content/ko/b.md", () -> {
      throw new IllegalStateException("no home page");
    });
    assertEquals("content/ko/b.md", diagnostic.file());
    assertEquals(1, diagnostic.line());
    assertTrue(diagnostic.toString().startsWith("content/ko/b.md:1:1: error: internal error while building this page: "
        + "java.lang.IllegalStateException: no home page (at UnexpectedFailureTest."), diagnostic.toString());
    assertTrue(diagnostic.hint().contains("report it"), diagnostic.hint());
    DiagnosticFormat.assertWellFormed(diagnostic);
  }

  @Test
  void runningOutOfMemoryNamesThePageAndSaysHowToFitIt() {
    Diagnostic diagnostic = failureOfParallelPages("content/ko/c.md", () -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertEquals("content/ko/c.md:1:1: error: ran out of memory while building this page — raise the heap "
        + "(MAVEN_OPTS=-Xmx2g for Maven, java -Xmx2g -jar for the CLI) or split the page into smaller pages",
        diagnostic.toString());
  }

  @Test
  void aFailureOutsideAnyPageIsReportedAtTheContentFolder() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    BuildFailedException failed = assertThrows(BuildFailedException.class,
        () -> SiteGenerator.build(options, BuildCache.none(), failingAt("indexing for search"), false));
    Diagnostic only = failed.diagnostics().get(0);
    assertEquals(1, failed.diagnostics().size(), failed.getMessage());
    assertTrue(only.toString().startsWith("content: error: internal error while building the site: "
        + "java.lang.IllegalStateException: broken on purpose"), only.toString());
  }

  @Test
  void anUnexpectedFailureLeavesThePreviousSiteByteIdentical() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    SiteGenerator.generate(options);
    Map<String, byte[]> before = TestSites.snapshot(options.outputDir());
    TestSites.write(dir, "content/ko/index.md", "# 홈\n\n바뀐 본문\n");

    BuildFailedException failed = assertThrows(BuildFailedException.class,
        () -> SiteGenerator.generate(options, failingAt("rendering pages")));
    DiagnosticFormat.assertAllWellFormed(failed.diagnostics());
    Map<String, byte[]> after = TestSites.snapshot(options.outputDir());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
  }

  /** Runs every page's work in parallel as a build does, the page {@code failing} doing {@code failure}. */
  private static Diagnostic failureOfParallelPages(String failing, Supplier<String> failure) {
    try {
      PAGES.parallelStream()
          .map(page -> UnexpectedFailure.guard(page, 1, page.equals(failing) ? failure : () -> page)).toList();
    } catch (RuntimeException | OutOfMemoryError e) {
      return UnexpectedFailure.diagnosticOf(e, "content");
    }
    throw new AssertionError("the failing page did not fail");
  }

  /** Progress that throws once the build reaches {@code stage}, standing for a bug in that stage. */
  private static Progress failingAt(String stage) {
    return (name, done, total) -> {
      if (name.equals(stage)) {
        throw new IllegalStateException("broken on purpose");
      }
    };
  }
}
