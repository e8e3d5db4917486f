package dev.hanji.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildFailedException;
import dev.hanji.core.BuildResult;
import dev.hanji.core.Diagnostic;
import dev.hanji.core.SiteGenerator;
import dev.hanji.core.SitePaths;
import dev.hanji.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code sites/vault}: an Obsidian vault (wiki links and embeds, {@code #tags}, callouts, a Mermaid diagram,
 * front matter tags) copied into {@code content/ko} with the default settings and the strict link check.
 */
class ObsidianVaultTest {
  private static final String SETTINGS_PAGE = "운영/브로커 설정/";
  private static final String SETTINGS = SitePaths.encode(SETTINGS_PAGE);
  private static BuildResult result;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    TestSites.copyTree(TestSites.projectDir().resolve("src/test/resources/sites/vault/content"),
        dir.resolve("content"));
    result = SiteGenerator.build(TestSites.options(dir));
  }

  private static Document page(String url) {
    byte[] bytes = result.files().get(url + "index.html");
    assertNotNull(bytes, url + " not written; written: " + result.files().keySet());
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  private static Element body(String url) {
    return page(url).selectFirst(".page-body");
  }

  @Test
  void buildsWithTheStrictLinkCheckAndNoWarning() {
    assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::message).toList());
    assertEquals(3, result.pagesPerLanguage().get("ko"));
    assertTrue(result.files().keySet().stream().noneMatch(path -> path.contains(".obsidian")));
  }

  @Test
  void wikiLinksFindNotesByFileNameInAnyFolder() {
    Element home = body("");
    assertEquals(SETTINGS, home.selectFirst("a.wiki-link:contains(브로커 설정)").attr("href"));
    assertEquals(SitePaths.encode("개념/복제/"), home.selectFirst("a:contains(복제가 동작하는 방식)").attr("href"));
    assertEquals(SETTINGS + "#로그-보존", home.selectFirst("a:contains(브로커 설정 > 로그 보존)").attr("href"));
    assertEquals("#읽는-순서", home.selectFirst("a:contains(읽는 순서)").attr("href"));
    assertEquals("../../", body("개념/복제/").selectFirst("a:contains(보관함 첫 화면)").attr("href"));
  }

  @Test
  void embedsShowTheImageFoundByNameAndLinkTheNote() {
    Element image = body("").selectFirst("img");
    assertEquals(SitePaths.encode("첨부/파티션 배치.png"), image.attr("src"));
    assertEquals("240", image.attr("width"));
    assertEquals("파티션 배치.png", image.attr("alt"));
    assertTrue(result.files().containsKey("첨부/파티션 배치.png"));
    assertEquals(SitePaths.encode("개념/복제/"), body("").selectFirst("a.wiki-embed").attr("href"));
  }

  @Test
  void alertsAndCalloutsAreAdmonitionsTitledInThePageLanguage() {
    Element home = body("");
    assertEquals("참고", home.selectFirst("aside.admonition-note .admonition-title").text());
    Element folded = home.selectFirst("details.admonition-tip");
    assertEquals("처음 오셨다면", folded.selectFirst("summary").text());
    assertFalse(folded.hasAttr("open"));
    assertNull(home.selectFirst("blockquote"));
    Element settings = body(SETTINGS_PAGE);
    assertEquals("주의", settings.selectFirst("aside.admonition-warning .admonition-title").text());
    assertTrue(settings.selectFirst("details.admonition-caution").hasAttr("open"));
    Element replication = body("개념/복제/");
    assertEquals("중요", replication.selectFirst("aside.admonition-important .admonition-title").text());
    assertEquals("리더가 죽으면?", replication.selectFirst("aside.admonition-question .admonition-title").text());
  }

  @Test
  void tagsFromTextAndFrontMatterGetPagesThatListTheirPages() {
    assertEquals(List.of("#카프카", "#운영/기록"), page("").select(".page-tags a").eachText());
    assertEquals(SitePaths.encode("tags/카프카/"), page("").selectFirst(".page-tags a").attr("href"));
    assertEquals(SitePaths.encode("tags/카프카/"), body("").selectFirst("a.tag").attr("href"));
    assertEquals(List.of("#카프카", "#설정"), page(SETTINGS_PAGE).select(".page-tags a").eachText());
    Document kafka = page("tags/카프카/");
    assertEquals("#카프카", kafka.selectFirst("h1").text());
    assertEquals(List.of("카프카 보관함", "복제", "브로커 설정"), kafka.select(".section-list a").eachText());
    assertEquals(List.of("#복제", "#설정", "#운영/기록", "#카프카"), page("tags/").select(".section-list a").eachText());
    assertTrue(page("tags/운영/기록/").select(".section-list a").eachText().contains("카프카 보관함"));
    assertFalse(result.files().containsKey("en/tags/index.html"), "English has no tagged page");
  }

  @Test
  void onlyHashWordsAfterASpaceWithALetterAreTags() {
    Element home = body("");
    assertTrue(home.text().contains("이슈 번호 #12 와 C# 은"), home.text());
    assertEquals(List.of("#카프카", "#운영/기록"), home.select("a.tag").eachText());
  }

  @Test
  void searchIndexesTheTags() {
    String pageData = result.files().entrySet().stream().filter(file -> file.getKey().startsWith("search/docs/"))
        .map(file -> new String(file.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining());
    assertTrue(pageData.contains("#설정"), "front matter tag indexed with its page");
  }

  @Test
  void aMermaidFenceKeepsItsSourceAsTextAndLoadsTheDiagramScriptOnlyThere() {
    Element diagram = body(SETTINGS_PAGE).selectFirst("div.mermaid");
    assertEquals("flowchart LR\n  생산자 --> 브로커 --> 소비자\n", diagram.selectFirst("pre > code").wholeText());
    assertTrue(page(SETTINGS_PAGE).select("script[src]").eachAttr("src").stream().anyMatch(s -> s.endsWith("diagrams.js")));
    assertTrue(page("").select("script[src]").eachAttr("src").stream().noneMatch(s -> s.contains("diagram")));
  }

  @Test
  void anUnresolvedWikiLinkFailsTheBuildAtItsLine(@TempDir Path dir) {
    TestSites.write(dir, "content/site.yaml", "languages: [ko]\ntitle: { ko: 메모, en: Notes }\n");
    TestSites.write(dir, "content/ko/index.md", "---\ntags: [메모]\n---\n# 메모\n\n앞 [[없는 노트]] 뒤\n");
    BuildFailedException failed = org.junit.jupiter.api.Assertions.assertThrows(BuildFailedException.class,
        () -> SiteGenerator.build(TestSites.options(dir)));
    assertEquals(List.of("content/ko/index.md:6:3: error: wiki link to missing page '[[없는 노트]]' — create 없는 노트.md"
        + " anywhere in content/ko or correct the name"), failed.diagnostics().stream().map(Diagnostic::toString).toList());
  }
}
