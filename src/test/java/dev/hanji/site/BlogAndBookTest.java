package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildResult;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/gitbook} (a GitBook with {@code SUMMARY.md}) and {@code sites/jekyll} (a Jekyll blog with its
 * front matter), each copied into {@code content/ko} with the default settings and the strict link check.
 */
class BlogAndBookTest {
  private static BuildResult book;
  private static BuildResult blog;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    book = build(dir.resolve("book"), "gitbook");
    blog = build(dir.resolve("blog"), "jekyll");
  }

  private static BuildResult build(Path dir, String fixture) throws Exception {
    TestSites.copyTree(TestSites.projectDir().resolve("src/test/resources/sites/" + fixture + "/content"),
        dir.resolve("content"));
    return SiteGenerator.build(TestSites.options(dir));
  }

  private static Document page(BuildResult result, String url) {
    byte[] bytes = result.files().get(url + "index.html");
    assertNotNull(bytes, url + " not written; written: " + result.files().keySet());
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void bothBuildWithoutAWord() {
    assertEquals(List.of(), book.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(List.of(), blog.diagnostics().stream().map(Diagnostic::message).toList());
  }

  @Test
  void theSummaryOrdersTheNavigationAndTitlesPagesWithoutATitle() {
    Document home = page(book, "");
    assertEquals(List.of("카프카 입문서", "운영 요령", "설치", "appendix"),
        home.select(".site-nav > .nav-tree > li > a").eachText());
    Document install = page(book, "install/");
    assertEquals("설치", install.selectFirst("h1").text());
    assertEquals(List.of("직접 설치", "도커로 띄우기"), install.select(".section-list a").eachText());
    assertEquals("직접 설치", page(book, "install/manual/").selectFirst("h1").text());
    assertEquals("도커로 띄우기", page(book, "install/docker/").selectFirst("h1").text(), "a heading wins");
  }

  @Test
  void theSummaryIsNotAPageOfItsOwn() {
    assertFalse(book.files().containsKey("SUMMARY/index.html"), book.files().keySet().toString());
    assertEquals(6, book.pagesPerLanguage().get("ko"), "README, operations, install, manual, docker, glossary");
  }

  @Test
  void theBookReadsInTheSummarysOrder() {
    assertEquals("운영 요령", page(book, "").selectFirst(".pager-next strong").text());
    assertEquals("설치", page(book, "operations/").selectFirst(".pager-next strong").text());
  }

  @Test
  void alertsAndDiagramsOfTheBookRender() {
    assertEquals("팁", page(book, "operations/").selectFirst("aside.admonition-tip .admonition-title").text());
    assertEquals("주의", page(book, "install/docker/").selectFirst("aside.admonition-caution .admonition-title").text());
    assertTrue(page(book, "install/manual/").selectFirst(".mermaid .mermaid-source").text().startsWith("sequenceDiagram"));
  }

  @Test
  void jekyllFrontMatterBuildsAndItsTagsAndCategoriesBecomeTagPages() {
    Document post = page(blog, "_posts/2024-02-11-partition-count/");
    assertEquals("파티션은 몇 개가 좋을까", post.selectFirst("h1").text());
    assertEquals(List.of("#kafka", "#파티션", "#설계"), post.select(".page-tags a").eachText());
    assertEquals(List.of("파티션은 몇 개가 좋을까", "컨슈머 지연 살피기"),
        page(blog, "tags/kafka/").select(".section-list a").eachText());
    assertEquals(List.of("컨슈머 지연 살피기"), page(blog, "tags/운영/").select(".section-list a").eachText());
    assertEquals("지연이 늘어날 때 먼저 보는 것들",
        page(blog, "_posts/2024-03-02-consumer-lag/").selectFirst("meta[name=description]").attr("content"));
    assertEquals("참고", post.selectFirst("aside.admonition-note .admonition-title").text());
  }

  @Test
  void postsKeepTheirJekyllUrlsAsRedirectsAndLinksToThemGoStraightToThePage() {
    String post = "_posts/2024-02-11-partition-count/";
    assertTrue(new String(blog.files().get("posts/partition-count/index.html"), StandardCharsets.UTF_8)
        .contains(post), "the old URL from _config.yml's permalink redirects to the post");
    Element link = page(blog, "_posts/2024-03-02-consumer-lag/").selectFirst("a:contains(예전 주소의 글)");
    assertEquals("../2024-02-11-partition-count/#파티션-수-정하기", link.attr("href"));
    assertFalse(blog.files().containsKey("_config.yml"), "the blog's settings are not published");
  }

  @Test
  void tagPagesAreInTheSitemap() {
    String sitemap = new String(blog.files().get("sitemap.xml"), StandardCharsets.UTF_8);
    assertTrue(sitemap.contains("tags/kafka/"), sitemap);
  }

  @Test
  void aTagThatCannotNameAPageIsAnErrorAtItsLine(@TempDir Path dir) {
    TestSites.write(dir, "content/site.yaml", "languages: [ko]\ntitle: { ko: 메모, en: Notes }\n");
    TestSites.write(dir, "content/ko/index.md", "---\ntitle: 메모\ntags: [좋은 태그, \"c++?\"]\n---\n본문\n");
    dev.hanji.diagnostics.BuildFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(
        dev.hanji.diagnostics.BuildFailedException.class, () -> SiteGenerator.build(TestSites.options(dir)));
    assertEquals(List.of("content/ko/index.md:3:1: error: tag 'c++?' cannot name a tag page — write tags with letters,"
        + " digits, '-', '_', '.', '/' or spaces (no '?', '#', '%' or '..' segments)"),
        failed.diagnostics().stream().map(Diagnostic::toString).toList());
  }
}
