package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.output.SiteWriter;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {
  @TempDir
  Path dir;

  private static String text(BuildResult result, String path) {
    byte[] bytes = result.files().get(path);
    if (bytes == null) {
      throw new AssertionError("not generated: " + path + " in " + result.files().keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Document page(BuildResult result, String path) {
    return Jsoup.parse(text(result, path));
  }

  @Test
  void buildsBothLanguagesWithAlternatesAndSwitchers() throws Exception {
    BuildResult result = SiteGenerator.build(TestSites.minimalSite(dir).withSetting("baseUrl", "https://x.example/docs"));
    Document ko = page(result, "index.html");
    Document en = page(result, "en/index.html");
    assertEquals("ko", ko.select("html").attr("lang"));
    assertEquals("en", en.select("html").attr("lang"));
    assertEquals("https://x.example/docs/en/", ko.select("link[rel=alternate][hreflang=en]").attr("href"));
    assertEquals("https://x.example/docs/", en.select("link[rel=alternate][hreflang=x-default]").attr("href"));
    assertEquals("en/", ko.select(".language-switch a[hreflang=en]").attr("href"));
    assertEquals("../", en.select(".language-switch a[hreflang=ko]").attr("href"));
    assertEquals("https://x.example/docs/", ko.select("link[rel=canonical]").attr("href"));
    assertTrue(ko.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
    assertTrue(ko.select("[style], script:not([src])").isEmpty());
    assertEquals("en_US", ko.select("meta[property=og:locale:alternate]").attr("content"));
  }

  @Test
  void writesThePublishingFiles() throws Exception {
    BuildResult result = SiteGenerator.build(TestSites.minimalSite(dir)
        .withSetting("baseUrl", "https://x.example/").withSetting("cname", "docs.example.org"));
    assertEquals("docs.example.org\n", text(result, "CNAME"));
    assertEquals(0, result.files().get(".nojekyll").length);
    assertTrue(text(result, "robots.txt").contains("Sitemap: https://x.example/sitemap.xml"));
    String sitemap = text(result, "sitemap.xml");
    assertTrue(sitemap.contains("<loc>https://x.example/en/</loc>"), sitemap);
    assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ko\" href=\"https://x.example/\"/>"));
    Document notFound = page(result, "404.html");
    assertEquals("/assets/site.css", notFound.select("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void pageWithoutCounterpartSendsTheSwitcherHomeWithANote() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/only-korean.md", "# 한국어 전용\n");
    Document page = page(SiteGenerator.build(options), "only-korean/index.html");
    assertEquals("../en/", page.select(".language-switch a").attr("href"));
    assertTrue(page.select(".notice-missing").text().contains("English"), page.select(".notice-missing").text());
  }

  @Test
  void ordersByWeightThenNaturalFileNameAndUsesReadmeAsSectionPage() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/book/README.md", "# 책\n");
    write(dir, "content/ko/book/ch10.md", "# 열\n");
    write(dir, "content/ko/book/ch2.md", "# 둘\n");
    write(dir, "content/ko/book/appendix.md", "---\nweight: 1\n---\n# 부록\n");
    write(dir, "content/ko/empty-section/ch1.md", "# 하나\n");
    BuildResult result = SiteGenerator.build(options);
    Document book = page(result, "book/index.html");
    assertEquals("책", book.select("h1").text());
    assertEquals(List.of("부록", "둘", "열"), book.select(".section-list a").eachText());
    Document generated = page(result, "empty-section/index.html");
    assertEquals(List.of("하나"), generated.select(".section-list a").eachText());
    assertEquals("../../book/ch10/", page(result, "book/ch2/index.html").select("a[rel=next]").attr("href"));
  }

  @Test
  void titleFallsBackToTheFileNameAndHangulFileNamesWork() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/실습.md", "제목 없는 메모\n");
    Document page = page(SiteGenerator.build(options), "실습/index.html");
    assertEquals("실습", page.select("h1").text());
  }

  @Test
  void aLeadingHeadingUnlikeTheFrontMatterTitleStaysInTheBody() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "---\ntitle: 디스크 고르기\n---\n# RAID 10 구성\n\n본문\n\n[위로](#raid-10-구성)\n");
    write(dir, "content/ko/b.md", "---\ntitle: 같은 제목\n---\n# 같은 제목\n\n본문\n");
    BuildResult result = SiteGenerator.build(options);
    String a = new String(result.files().get("a/index.html"), StandardCharsets.UTF_8);
    assertTrue(a.contains("<title>디스크 고르기"), a);
    assertTrue(a.matches("(?s).*<h1 id=\"raid-10-구성\"[^>]*>.*RAID 10 구성.*</h1>.*"), a);
    String b = new String(result.files().get("b/index.html"), StandardCharsets.UTF_8);
    assertEquals(1, b.split("같은 제목</h1>", -1).length - 1, "a heading equal to the title is the title once: " + b);
  }

  @Test
  void aLanguageWithoutPublishedPagesStillGetsAHomePage() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    Files.delete(dir.resolve("content/en/index.md"));
    write(dir, "content/ko/draft.md", "---\ndraft: true\n---\n# 초안\n");
    assertTrue(SiteGenerator.build(options).files().containsKey("en/index.html"), "no content/en pages");
    write(dir, "content/ko/index.md", "---\ndraft: true\n---\n# 홈\n");
    assertTrue(SiteGenerator.build(options).files().containsKey("index.html"), "only drafts in content/ko");
  }

  @Test
  void sameSourcesGiveByteIdenticalOutput() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a/b.md", "# 비\n\n```java\nint a = 1;\n```\n");
    Map<String, byte[]> first = SiteGenerator.build(options).files();
    Map<String, byte[]> second = SiteGenerator.build(options).files();
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void slugCollisionIsAnErrorNamingBothFiles() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n");
    write(dir, "content/ko/b.md", "---\nslug: a\n---\n# 나\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    Diagnostic error = e.diagnostics().get(0);
    assertEquals("content/ko/b.md", error.file());
    assertTrue(error.message().contains("URL /a/ is already taken by content/ko/a.md"), error.message());
  }

  @Test
  void aSlugOrFolderTakingAGeneratedPagesUrlIsAnErrorAtTheSourceFile() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "---\ntitle: 가\nslug: search\n---\n");
    write(dir, "content/en/translations/x.md", "# X\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals(List.of("content/en/translations/x.md:1:1: error: URL /en/translations/ is already taken by"
            + " the generated translations page",
        "content/ko/a.md:3:1: error: URL /search/ is already taken by the generated search page"),
        e.diagnostics().stream().map(d -> d.toString().replaceFirst(" — .*", "")).toList());
  }

  @Test
  void aBodyErrorDoesNotHideBrokenLinksOfTheSameBuild() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n```calculator\nnope\n```\n");
    write(dir, "content/ko/b.md", "# 나\n\n[없는 글](missing.md)\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    List<String> files = e.diagnostics().stream().map(d -> d.file() + ":" + d.line()).toList();
    assertEquals(List.of("content/ko/a.md:3", "content/ko/b.md:3"), files, e.getMessage());
  }

  @Test
  void aBrokenAnchorIsSuggestedOnlyAHeadingCloseEnoughToBeATypo() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n## REST API 방식\n");
    write(dir, "content/ko/b.md", "# 나\n\n[링크](a.md#producer-consumer)\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals("use a heading id of the target page (lower case, spaces as '-')", e.diagnostics().get(0).hint());
  }

  @Test
  void anEmptyLinkIsReportedAtItsLineInTheMarkdown() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n첫 문단\n[![배지](https://img.example/b.svg)]()\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals(List.of("content/ko/a.md:4:1: error: empty link: '' — correct the link or create the page it points to"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void brokenAnchorFailsWithTheSourceLineUnlessDowngraded() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n## 있는 제목\n");
    write(dir, "content/ko/b.md", "# 나\n\n[링크](a.md#없는-제목)\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals(List.of("content/ko/b.md:3:1: error: link 'a.md#없는-제목' points to a missing heading '#없는-제목'"
            + " — use a heading id of the target page (lower case, spaces as '-'), e.g. #있는-제목"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
    BuildResult lenient = SiteGenerator.build(options.withFailOnBrokenLinks(false));
    assertEquals(1, lenient.diagnostics().size());
  }

  @Test
  void aLinkToTheSearchIndexIsCheckedAgainstTheFilesOfTheIndex() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n[색인](/search/index.json) [조각](/search/terms/0.json)\n");
    BuildResult result = SiteGenerator.build(options);
    assertTrue(result.files().containsKey("search/terms/0.json"));
    write(dir, "content/ko/a.md", "# 가\n\n[없는 조각](/search/terms/99.json)\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.build(options));
    assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
  }

  @Test
  void translationStatusIsComputedAndStalePagesShowANotice() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a.md", "# 가\n\n본문\n");
    String hash = dev.hanji.sources.SourceHash.of("# 가\n\n본문\n");
    write(dir, "content/en/a.md", "---\nsourceHash: " + hash + "\n---\n# A\n");
    write(dir, "content/ko/b.md", "# 나\n");
    write(dir, "content/en/b.md", "---\nsourceHash: 000000000000\n---\n# B\n");
    BuildResult result = SiteGenerator.build(options);
    assertTrue(page(result, "en/a/index.html").select(".notice-stale").isEmpty());
    assertEquals("../../b/", page(result, "en/b/index.html").select(".notice-stale a").attr("href"));
    assertTrue(result.staleTranslations().stream().anyMatch(s -> s.startsWith("content/en/b.md")));
    Document status = page(result, "translations/index.html");
    assertEquals(List.of("최신", "원문 변경됨", "원문 표시 없음"), status.select("tbody td[class^=state-]").eachText());
  }

  @Test
  void failedBuildLeavesThePreviousSiteByteIdentical() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    SiteGenerator.generate(options);
    Map<String, byte[]> before = TestSites.snapshot(options.outputDir());
    write(dir, "content/ko/bad.md", "---\ntitel: 오타\n---\n");
    assertThrows(BuildFailedException.class, () -> SiteGenerator.generate(options));
    Map<String, byte[]> after = TestSites.snapshot(options.outputDir());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    try (Stream<Path> siblings = Files.list(options.outputDir().getParent())) {
      assertEquals(List.of(".site.lock", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void writingToTheOutputFolderGivesTheSameBytesAsTheInMemoryBuild() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/guide/a.md", "# 가\n\n[나](b.md) 와 [절](b.md#둘째-절)\n");
    write(dir, "content/ko/guide/b.md", "---\naliases: [/old/b/]\n---\n# 나\n\n## 둘째 절\n\n본문입니다.\n");
    write(dir, "content/en/guide/a.md", "# A\n\nSee [B](b.md).\n");
    write(dir, "content/en/guide/b.md", "# B\n\nText.\n");
    BuildResult written = SiteGenerator.generate(options);
    Map<String, byte[]> inMemory = SiteGenerator.build(options).files();
    Map<String, byte[]> onDisk = TestSites.snapshot(options.outputDir());
    assertTrue(onDisk.remove(SiteWriter.STAMP) != null, "a written site carries the stamp of the writer");
    assertEquals(inMemory.keySet(), onDisk.keySet());
    inMemory.forEach((path, bytes) -> assertArrayEquals(bytes, onDisk.get(path), path));
    assertTrue(written.files().isEmpty(), "a written build does not keep its files");
    assertTrue(written.summary().contains("files written: " + inMemory.size()), String.join("\n", written.summary()));
  }

  @Test
  void pathsThatCannotBothBeWrittenAreADiagnosticNotADiskError() {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/new.md", "---\naliases: [/robots.txt/]\n---\n# 새 글\n");
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.generate(options));
    assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().contains("needs robots.txt to be a folder")),
        e.diagnostics().toString());
  }

  @Test
  void aliasesWriteRedirectPages() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/new.md", "---\naliases: [/old/path/]\n---\n# 새 글\n");
    Document redirect = page(SiteGenerator.build(options), "old/path/index.html");
    assertEquals("0; url=../../new/", redirect.select("meta[http-equiv=refresh]").attr("content"));
  }
}
