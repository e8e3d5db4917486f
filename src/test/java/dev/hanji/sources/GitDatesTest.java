package dev.hanji.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.SiteGenerator;
import dev.hanji.core.SiteInit;
import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each page's last change is the date of the last commit that touched its file, unless its front matter says
 * otherwise; shown on the page in its language, in {@code article:modified_time} and in the sitemap.
 */
class GitDatesTest {
  @TempDir
  Path dir;

  @Test
  void pagesAndTheSitemapCarryTheDateOfTheLastCommitOfTheirFile() throws Exception {
    Assumptions.assumeTrue(gitWorks(), "git is not installed");
    SiteInit.run(BuildOptions.forProject(dir).withSetting(SiteInit.LANGUAGES_SETTING, "ko,en")
        .withSetting("baseUrl", "https://me.github.io/notes/"));
    TestSites.write(dir, "content/ko/raid.md", "# RAID\n\n처음 쓴 글입니다.\n");
    git("init", "-q", "-b", "main");
    git("add", ".");
    commit("2024-03-05T10:00:00+09:00", "first pages");
    TestSites.write(dir, "content/ko/raid.md", "# RAID\n\n고쳐 쓴 글입니다.\n");
    TestSites.write(dir, "content/ko/fixed.md", "---\nlastmod: 2023-12-25\ndate: 2023-12-01\n---\n# 고정\n\n본문\n");
    git("add", ".");
    commit("2024-04-10T09:30:00+09:00", "edit raid, add fixed");
    TestSites.write(dir, "content/ko/new.md", "# 새 글\n\n아직 커밋하지 않았습니다.\n");

    Map<String, byte[]> files = SiteGenerator.build(BuildOptions.forProject(dir)).files();
    String raid = text(files, "raid/index.html");
    assertTrue(raid.contains("<time datetime=\"2024-04-10T09:30:00+09:00\">2024년 4월 10일</time>"), raid);
    assertTrue(raid.contains("<meta property=\"article:modified_time\" content=\"2024-04-10T09:30:00+09:00\">"));
    assertTrue(text(files, "index.html").contains(">2024년 3월 5일</time>"));
    assertTrue(text(files, "en/index.html").contains(">March 5, 2024</time>"), "in each language's format");
    String fixed = text(files, "fixed/index.html");
    assertTrue(fixed.contains("<time datetime=\"2023-12-25\">2023년 12월 25일</time>"), "front matter wins\n" + fixed);
    assertTrue(fixed.contains("<meta property=\"article:published_time\" content=\"2023-12-01\">"), fixed);
    String fresh = text(files, "new/index.html");
    assertFalse(fresh.contains("<time") || fresh.contains("article:modified_time"), "never the clock");

    String sitemap = text(files, "sitemap.xml");
    assertTrue(sitemap.contains("<loc>https://me.github.io/notes/raid/</loc>\n    <lastmod>2024-04-10</lastmod>"),
        sitemap);
    assertTrue(sitemap.contains("<loc>https://me.github.io/notes/fixed/</loc>\n    <lastmod>2023-12-25</lastmod>"));
    assertTrue(sitemap.contains("<loc>https://me.github.io/notes/new/</loc>\n    <xhtml:link"), sitemap);
  }

  @Test
  void withoutARepositoryThereAreNoDatesAndNoErrors() throws Exception {
    SiteInit.run(BuildOptions.forProject(dir));
    BuildResult result = SiteGenerator.build(BuildOptions.forProject(dir));
    assertFalse(new String(result.files().get("index.html"), StandardCharsets.UTF_8).contains("<time"));
    assertTrue(GitDates.read(dir.resolve("content")).isEmpty());
  }

  @Test
  void frontMatterDatesInTheFormsOtherToolsWrite() {
    assertEquals(Optional.of(new PageDate(java.time.LocalDate.of(2024, 3, 5), "2024-03-05")),
        PageDate.parse("2024-03-05"));
    assertEquals("2024-03-05T10:00:00+09:00", PageDate.parse("2024-03-05 10:00:00 +0900").orElseThrow().iso());
    assertEquals("2024-03-05T01:00:00Z", PageDate.parse("2024-03-05T01:00:00.000Z").orElseThrow().iso());
    assertEquals("2024-03-05T10:00:00", PageDate.parse("2024-03-05T10:00").orElseThrow().iso());
    assertTrue(PageDate.parse("2024-02-30").isEmpty());
    assertTrue(PageDate.parse("last tuesday").isEmpty());
  }

  @Test
  void aDateThatIsNotOneIsAWarningAtItsLineAndThePageStillBuilds() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    TestSites.write(dir, "content/ko/odd.md", "---\ntitle: 이상한 날짜\nlastmod: 어제\n---\n본문\n");
    BuildResult result = SiteGenerator.build(options);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.toString().startsWith(
        "content/ko/odd.md:3:1: warning: lastmod '어제' is not a date; ignored — write it as 2024-03-05")),
        result.diagnostics().toString());
  }

  private static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private void commit(String date, String message) throws Exception {
    run(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message),
        date);
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    run(command, null);
  }

  private void run(List<String> command, String date) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    if (date != null) {
      builder.environment().put("GIT_AUTHOR_DATE", date);
      builder.environment().put("GIT_COMMITTER_DATE", date);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
  }

  private static boolean gitWorks() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
