package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.files.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GitHub alerts, Obsidian callouts and wiki links, as the Markdown stage renders them. */
class NoteDialectsTest {
  private static final Map<String, String> PAGES = Map.of("guide/intro.md", "guide/intro/",
      "ops/Broker Setup.md", "ops/broker-setup/", "카프카/파티션.md", "카프카/파티션/", "old/파티션.md", "old/파티션/");
  private static final List<String> FILES = List.of("guide/intro.md", "ops/Broker Setup.md", "카프카/파티션.md",
      "old/파티션.md", "assets/그림 1.png", "docs/manual.pdf");
  private static final PageContext.PageLookup LOOKUP = new PageContext.PageLookup() {
    @Override
    public Optional<String> urlOf(String lang, String sourcePath) {
      return Optional.ofNullable(PAGES.get(sourcePath));
    }

    @Override
    public List<String> pathsNamed(String lang, String fileName) {
      return FILES.stream().filter(path -> path.substring(path.lastIndexOf('/') + 1).equalsIgnoreCase(fileName))
          .toList();
    }
  };

  private final Diagnostics diagnostics = new Diagnostics();
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());

  private RenderedMarkdown render(String markdown) {
    PageContext page = new PageContext("ko", "카프카/intro.md", "content/ko/카프카/intro.md", 3, "카프카/intro/", "",
        LOOKUP, key -> "(" + key + ")", path -> Optional.empty());
    return renderer.render(renderer.parse(markdown), page, diagnostics);
  }

  private Element html(String markdown) {
    return Jsoup.parseBodyFragment(render(markdown).html()).body();
  }

  @ParameterizedTest
  @CsvSource({"NOTE,note", "TIP,tip", "IMPORTANT,important", "WARNING,warning", "CAUTION,caution"})
  void githubAlertsAreCalloutsTitledFromTheMessageBundle(String marker, String type) {
    Element body = html("> [!" + marker + "]\n> 브로커를 먼저 *멈춥니다*.\n");
    Element aside = body.selectFirst("aside.admonition.admonition-" + type);
    assertNotNull(aside, body.html());
    assertEquals("(admonition." + type + ")", aside.selectFirst(".admonition-title").text());
    assertEquals("브로커를 먼저 멈춥니다.", aside.selectFirst("p:not(.admonition-title)").text());
    assertFalse(body.text().contains("[!"), body.text());
    assertNull(body.selectFirst("blockquote"));
  }

  @Test
  void obsidianCalloutsKeepTheirTitleAndFoldAsDetails() {
    Element body = html("> [!tip]- 접어 둔 팁\n> 안쪽 글\n\n> [!warning]+ 펼친 경고\n> 안쪽\n\n> [!faq] 자주 묻는 질문\n> 답\n");
    Element closed = body.selectFirst("details.admonition-tip");
    assertEquals("접어 둔 팁", closed.selectFirst("summary.admonition-title").text());
    assertFalse(closed.hasAttr("open"));
    assertEquals("안쪽 글", closed.selectFirst("p").text());
    assertTrue(body.selectFirst("details.admonition-warning").hasAttr("open"));
    assertEquals("자주 묻는 질문", body.selectFirst("aside.admonition-question .admonition-title").text());
  }

  @Test
  void anUnknownCalloutTypeIsANoteTitledWithItsName() {
    Element aside = html("> [!kafka]\n> 본문\n").selectFirst("aside");
    assertEquals("admonition admonition-note", aside.className());
    assertEquals("Kafka", aside.selectFirst(".admonition-title").text());
  }

  @Test
  void aQuoteWithoutAMarkerAndUndefinedBracketsStayAsWritten() {
    Element body = html("> 그냥 인용 [!NOTE] 중간\n\n[!NOTE]\n");
    assertNotNull(body.selectFirst("blockquote"));
    assertNull(body.selectFirst("aside"));
    assertTrue(body.text().contains("[!NOTE]"));
  }

  @Test
  void wikiLinksResolveByFileNameFromAnywhereIgnoringCase() {
    Element body = html("[[broker setup]] 과 [[파티션|파티션 정리]] 과 [[old/파티션#복제 계수]] 과 [[#요약]]\n\n## 요약\n");
    List<Element> links = body.select("a.wiki-link");
    assertEquals("../../ops/broker-setup/", links.get(0).attr("href"));
    assertEquals("broker setup", links.get(0).text());
    assertEquals("../" + SitePaths.encode("파티션/"), links.get(1).attr("href"), "the page's own folder wins");
    assertEquals("파티션 정리", links.get(1).text());
    assertEquals("../../old/" + SitePaths.encode("파티션/") + "#복제-계수", links.get(2).attr("href"));
    assertEquals("old/파티션 > 복제 계수", links.get(2).text());
    assertEquals("#요약", links.get(3).attr("href"));
    assertTrue(render("[[old/파티션#복제 계수]]").anchors().stream()
        .anyMatch(anchor -> anchor.targetUrl().equals("old/파티션/") && anchor.fragment().equals("복제-계수")));
  }

  @Test
  void embedsShowImagesAndLinkNotesAndFiles() {
    Element body = html("![[그림 1.png|300]]\n\n![[그림 1.png]]\n\n![[Broker Setup]]\n\n![[manual.pdf]]\n");
    List<Element> images = body.select("img");
    assertEquals("../../assets/%EA%B7%B8%EB%A6%BC%201.png", images.get(0).attr("src"));
    assertEquals("300", images.get(0).attr("width"));
    assertEquals("그림 1.png", images.get(1).attr("alt"));
    assertEquals("../../ops/broker-setup/", body.selectFirst("a.wiki-embed").attr("href"));
    assertEquals("../../docs/manual.pdf", body.select("a.wiki-embed").get(1).attr("href"));
  }

  @Test
  void anUnresolvedWikiLinkIsABrokenLinkAtItsLine() {
    RenderedMarkdown rendered = render("첫 줄\n\n둘째 [[없는 노트]] 끝\n");
    RenderedMarkdown.WrittenLink link = rendered.links().get(0);
    assertTrue(link.broken());
    assertEquals(5, link.line());
    assertEquals(4, link.column());
    assertEquals("wiki link to missing page '[[없는 노트]]'", link.problem());
    assertTrue(link.hint().contains("없는 노트.md"), link.hint());
    Document page = Jsoup.parseBodyFragment(rendered.html());
    assertEquals("없는 노트", page.selectFirst("span.wiki-link-missing").text());
    assertNull(page.selectFirst("a"));
  }

  @Test
  void wikiLinksInCodeStayText() {
    Element body = html("`[[파티션]]`\n\n```\n[[파티션]]\n```\n");
    assertNull(body.selectFirst("a"));
    assertEquals("[[파티션]]", body.selectFirst("code").text());
  }
}
