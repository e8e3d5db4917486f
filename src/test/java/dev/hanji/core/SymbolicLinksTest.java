package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.DiagnosticFormat;
import dev.hanji.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in the sources: followed when they lead inside the project, skipped with a warning naming the
 * link when they lead elsewhere, lead nowhere or lead back into their own folder; a build never publishes a file
 * from outside the project and never crashes on a link.
 */
class SymbolicLinksTest {
  private static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

  @TempDir
  Path dir;
  private Path project;
  private Path outside;
  private BuildOptions options;

  @BeforeEach
  void site() {
    project = dir.resolve("project");
    outside = dir.resolve("outside");
    options = FixtureSite.copyTo(project);
    write(outside, "passwd", SECRET + "\n");
    write(outside, "secret.md", "# 비밀\n\n" + SECRET + "\n");
    write(outside, "en/index.md", "# Elsewhere\n\n" + SECRET + "\n");
  }

  @Test
  void linksToFilesOutsideTheProjectAreNeitherPublishedNorIndexed() throws Exception {
    link("static/passwd", outside.resolve("passwd"));
    link("content/ko/secret.md", outside.resolve("secret.md"));
    BuildResult result = SiteGenerator.build(options);
    assertFalse(result.files().containsKey("passwd"), "published a file from outside the project");
    assertFalse(result.files().containsKey("secret/index.html"), "published a page from outside the project");
    assertNothingFromOutside(result);
    assertSkipped(result, "static/passwd", "symbolic link to " + outside.resolve("passwd").toRealPath());
    assertSkipped(result, "content/ko/secret.md", "symbolic link to " + outside.resolve("secret.md").toRealPath());
  }

  @Test
  void linksInsideTheProjectAreFollowedAndLoopsAndBrokenLinksWarn() throws Exception {
    write(project, "notes/shared.md", "# 공유 노트\n\n함께 쓰는 글.\n");
    link("content/ko/notes", project.resolve("notes"));
    link("static/images/logo-copy.txt", project.resolve("notes/shared.md"));
    link("content/ko/loop", project.resolve("content/ko"));
    link("content/ko/broken.md", project.resolve("nowhere.md"));
    BuildResult result = SiteGenerator.build(options);
    assertTrue(result.files().containsKey("notes/shared/index.html"), result.files().keySet().toString());
    assertTrue(result.files().containsKey("images/logo-copy.txt"), result.files().keySet().toString());
    assertSkipped(result, "content/ko/loop", "symbolic link to a folder that contains it");
    assertSkipped(result, "content/ko/broken.md", "broken symbolic link");
  }

  @Test
  void aLinkedLanguageFolderIsFollowedInsideTheProjectAndSkippedOutsideIt() throws Exception {
    Files.move(project.resolve("content/ko"), project.resolve("korean"));
    link("content/ko", project.resolve("korean"));
    deleteTree(project.resolve("content/en"));
    link("content/en", outside.resolve("en"));
    BuildResult result = SiteGenerator.build(options.withFailOnBrokenLinks(false));
    assertTrue(result.files().containsKey("ops/raid/index.html"), result.files().keySet().toString());
    assertNothingFromOutside(result);
    assertSkipped(result, "content/en", "symbolic link to " + outside.resolve("en").toRealPath());
  }

  @Test
  void filesReadByNameAreNotReadThroughALinkOutOfTheProject() throws Exception {
    write(outside, "page.html", "<html><body>" + SECRET + "</body></html>\n");
    write(outside, "glossary.yaml", "terms:\n  - id: secret\n    ko: " + SECRET + "\n    en: secret\n");
    Files.delete(project.resolve("content/glossary.yaml"));
    link("content/glossary.yaml", outside.resolve("glossary.yaml"));
    Files.delete(project.resolve("site-templates/page.html"));
    link("site-templates/page.html", outside.resolve("page.html"));
    BuildFailedException e = assertThrows(BuildFailedException.class,
        () -> SiteGenerator.build(options));
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.toString().startsWith("site-templates/page.html: error:"
        + " the page template is skipped")), e.diagnostics().toString());
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.toString().startsWith("content/glossary.yaml: warning:"
        + " symbolic link to ")), e.diagnostics().toString());
    assertFalse(e.diagnostics().toString().contains(SECRET), e.diagnostics().toString());
  }

  @Test
  void aWrittenSiteHasNoFileFromOutsideTheProject() throws Exception {
    link("static/passwd", outside.resolve("passwd"));
    SiteGenerator.generate(options);
    assertFalse(Files.exists(options.outputDir().resolve("passwd")));
    assertFalse(Files.readString(options.outputDir().resolve("sitemap.xml")).contains("passwd"));
  }

  private void link(String relative, Path target) throws Exception {
    Path link = project.resolve(relative);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, target);
  }

  private static void deleteTree(Path folder) throws Exception {
    dev.hanji.output.SiteWriter.deleteTree(folder);
  }

  private static void assertNothingFromOutside(BuildResult result) {
    result.files().forEach((path, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains(SECRET),
        path + " shows a file from outside the project"));
  }

  private static void assertSkipped(BuildResult result, String link, String message) {
    List<Diagnostic> about = result.diagnostics().stream().filter(d -> link.equals(d.file())).toList();
    assertEquals(1, about.size(), () -> "expected one warning about " + link + " in " + result.diagnostics());
    Diagnostic warning = about.get(0);
    assertFalse(warning.isError(), warning.toString());
    assertTrue(warning.message().startsWith(message) && warning.message().endsWith("; skipped"), warning.toString());
    DiagnosticFormat.assertWellFormed(warning);
  }
}
