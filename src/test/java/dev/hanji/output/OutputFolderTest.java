package dev.hanji.output;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a build may write: never over the project, its sources or {@code .git}, and never over a folder it did
 * not write itself. A refused build says why in the one diagnostic format and changes nothing.
 */
class OutputFolderTest {
  @TempDir
  Path dir;

  /** A site whose content, templates and static folders all lie in the project folder. */
  private BuildOptions site() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "site-templates/README.txt", "templates\n");
    write(dir, "static/robots-note.txt", "static\n");
    write(dir, ".git/HEAD", "ref: refs/heads/main\n");
    return options.withTemplatesDir(dir.resolve("site-templates")).withStaticDir(dir.resolve("static"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      ".                  | .                  | is the project folder",
      "..                 | <parent>           | contains the project folder",
      "content            | content            | is the content folder (content)",
      "content/ko         | content/ko         | lies inside the content folder (content)",
      "content/new/deeper | content/new/deeper | lies inside the content folder (content)",
      "site-templates     | site-templates     | is the templates folder (site-templates)",
      "static/out         | static/out         | lies inside the static folder (static)",
      ".git               | .git               | is or lies inside a .git folder",
      ".git/site          | .git/site          | is or lies inside a .git folder",
  })
  void anOutputFolderOverTheProjectItsSourcesOrGitIsRefusedBeforeAnythingIsTouched(String output, String shown,
                                                                                  String problem) throws Exception {
    BuildOptions options = site().withOutputDir(dir.resolve(output));
    Map<String, byte[]> before = TestSites.snapshot(dir);
    Diagnostic error = refusal(options);
    String file = shown.equals("<parent>") ? Diagnostic.display(dir.getParent()) : shown;
    assertEquals(file, error.file(), error.toString());
    assertTrue(error.message().startsWith("the output folder " + problem), error.toString());
    assertSameFiles(before, TestSites.snapshot(dir));
  }

  @Test
  void anOutputFolderReachedThroughALinkIsJudgedByWhereItLeads() throws Exception {
    BuildOptions options = site();
    Files.createSymbolicLink(dir.resolve("published"), dir.resolve("content"));
    Diagnostic error = refusal(options.withOutputDir(dir.resolve("published/site")));
    assertTrue(error.message().startsWith("the output folder lies inside the content folder"), error.toString());
  }

  @Test
  void aFolderWithAGitFolderInsideIsRefused() throws Exception {
    BuildOptions options = site();
    write(dir, "gh-pages/.git/HEAD", "ref: refs/heads/gh-pages\n");
    Diagnostic error = refusal(options.withOutputDir(dir.resolve("gh-pages")));
    assertTrue(error.message().startsWith("the output folder contains a .git folder"), error.toString());
    assertTrue(Files.exists(dir.resolve("gh-pages/.git/HEAD")));
  }

  @Test
  void aNonEmptyFolderThatNoBuildWroteIsNotReplaced() throws Exception {
    BuildOptions options = site().withOutputDir(dir.resolve("notes"));
    write(dir, "notes/todo.txt", "내 메모\n");
    Diagnostic error = refusal(options);
    assertEquals("notes", error.file());
    assertTrue(error.message().contains("not written by Hanji (it has no .hanji-site file)"), error.toString());
    assertTrue(error.hint().contains("delete it yourself"), error.toString());
    assertEquals("내 메모\n", Files.readString(dir.resolve("notes/todo.txt")));
  }

  @Test
  void anEmptyFolderIsFilledAndTheStampedSiteIsReplacedByTheNextBuild() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir).withOutputDir(dir.resolve("public"));
    Files.createDirectories(options.outputDir());
    SiteGenerator.generate(options);
    assertTrue(Files.isRegularFile(options.outputDir().resolve(SiteWriter.STAMP)));
    write(dir, "content/ko/index.md", "# 홈\n\n바뀐 본문.\n");
    SiteGenerator.generate(options);
    assertTrue(Files.readString(options.outputDir().resolve("index.html")).contains("바뀐 본문."));
  }

  @Test
  void aSiteWrittenBeforeStampsExistedIsReplacedButAFolderWithOnlySomeOfItsFilesIsNot() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir).withOutputDir(dir.resolve("public"));
    SiteGenerator.generate(options);
    Files.delete(options.outputDir().resolve(SiteWriter.STAMP));
    write(dir, "content/ko/index.md", "# 홈\n\n새 릴리스로 만든 본문.\n");
    SiteGenerator.generate(options);
    assertTrue(Files.readString(options.outputDir().resolve("index.html")).contains("새 릴리스로 만든 본문."));

    write(dir, "lookalike/.nojekyll", "");
    write(dir, "lookalike/404.html", "<p>없음</p>\n");
    write(dir, "lookalike/sitemap.xml", "<urlset/>\n");
    refusal(options.withOutputDir(dir.resolve("lookalike")));
  }

  @Test
  void theStampIsNeitherPublishedNorListed() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    SiteGenerator.generate(options);
    Map<String, byte[]> inMemory = SiteGenerator.build(options).files();
    Map<String, byte[]> onDisk = TestSites.snapshot(options.outputDir());
    assertEquals(List.of(SiteWriter.STAMP), onDisk.keySet().stream().filter(p -> !inMemory.containsKey(p)).toList());
    assertTrue(!new String(inMemory.get("sitemap.xml"), java.nio.charset.StandardCharsets.UTF_8)
        .contains(SiteWriter.STAMP));
  }

  private static Diagnostic refusal(BuildOptions options) {
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.generate(options));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
    Diagnostic error = e.diagnostics().get(0);
    DiagnosticFormat.assertWellFormed(error);
    return error;
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }
}
