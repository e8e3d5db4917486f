package dev.hanji.notion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.MarkdownRendering;
import java.text.Normalizer;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Each Notion-export quirk, repaired and rendered with Flexmark, then checked with jsoup. */
class NotionMarkdownTest {

  private static String fixture(String name) {
    return MarkdownRendering.resource(NotionMarkdownTest.class, name);
  }

  private static Document render(String markdown) {
    return MarkdownRendering.document(NotionMarkdown.repair(markdown).text());
  }

  @Test
  void multiLineCellsBecomeOneRowEachWithAListInTheCell() {
    Document page = render(fixture("multiline-cells.md"));

    assertEquals(1, page.select("table").size());
    Elements bodyRows = page.select("table > tbody > tr");
    assertEquals(3, bodyRows.size());
    assertEquals(List.of("서버와 디스크를 준비합니다", "브로커 설정을 손으로 관리합니다", "장애 대응도 직접 합니다"),
        bodyRows.get(0).select("td").get(1).select("ul > li").eachText());
    assertEquals("관리형 서비스", bodyRows.get(1).select("td").get(0).text());
    assertEquals(2, bodyRows.get(1).select("td ul > li").size());
    assertEquals(1, bodyRows.get(2).select("td br").size(), "plain continuation lines joined with <br>");
    assertTrue(page.select("body > ul").isEmpty(), "no cell line leaks out as a list");
    assertEquals("표 아래 문단입니다.", page.select("body > p").last().text());
  }

  @Test
  void aTableRightUnderAParagraphLineIsATableAsOnGitHub() {
    Repaired repaired = NotionMarkdown.repair("아래는 메소드 목록입니다.\n| 메소드 | 설명 |\n| --- | --- |\n| next() | 다음 값 |\n");
    Document page = MarkdownRendering.document(repaired.text());

    assertEquals("아래는 메소드 목록입니다.", page.selectFirst("body > p").text());
    assertEquals(List.of("메소드 설명", "next() 다음 값"), page.select("table tr").eachText());
    assertEquals(List.of(2), repaired.repairs().stream().map(Repaired.Repair::line).toList());
    assertEquals(2, repaired.inputLine(3), "the table's lines keep their place for diagnostics");
  }

  @Test
  void multiLineRowsAreReportedWithTheirLines() {
    List<Repaired.Repair> repairs = NotionMarkdown.repair(fixture("multiline-cells.md")).repairs();

    assertEquals(List.of(5, 8, 10), repairs.stream().map(Repaired.Repair::line).toList());
    assertTrue(repairs.get(0).what().contains("over 3 lines"), repairs.get(0).what());
  }

  @Test
  void togglesBecomeDetailsWithTheItemAsSummaryAndTheChildrenAsMarkdown() {
    Document page = render(fixture("toggles.md"));

    Element toggle = page.selectFirst("body > details");
    assertEquals("페이지 캐시란?", toggle.selectFirst("summary").text());
    assertEquals(List.of("개념", "크기 정하기"), toggle.select("> p > strong").eachText());
    assertEquals(2, toggle.select("> ul > li").size());
    assertEquals(1, toggle.select("> hr").size());
    assertEquals(2, toggle.select("> ol > li").size());
    Element nested = toggle.selectFirst("> details");
    assertEquals("복제 계수란?", nested.selectFirst("summary").text());
    assertEquals("정의", nested.selectFirst("p > strong").text());
    assertTrue(nested.selectFirst("p:contains(몇 개의 브로커에 복사)") != null, nested.html());
    assertTrue(page.select("pre").isEmpty(), "no toggle content turns into indented code");
  }

  @Test
  void headingsInsideTogglesDoNotEnterThePageOutline() {
    Document page = render(fixture("toggles.md"));

    assertTrue(page.select("details :is(h1, h2, h3, h4, h5, h6)").isEmpty());
    assertEquals(List.of("브로커 디스크 고르기", "다음 단계"), page.select("h1, h2, h3, h4, h5, h6").eachText());
  }

  @Test
  void listItemsAroundAToggleStayLists() {
    Document page = render(fixture("toggles.md"));

    assertEquals(List.of("용량은 보존 기간으로 계산합니다", "파일시스템은 XFS를 권장합니다"),
        page.select("body > ul > li").eachText());
  }

  @Test
  void aToggleInsideAListItemStaysInsideIt() {
    Document page = render("- 상위 항목\n  - 접힌 설명\n\n    ### 제목\n\n      본문입니다.\n- 다음 항목\n");

    Element outer = page.selectFirst("body > ul > li");
    Element toggle = outer.selectFirst("> details");
    assertEquals("접힌 설명", toggle.selectFirst("summary").text());
    assertEquals("본문입니다.", toggle.select("> p").last().text());
    assertEquals(2, page.select("body > ul > li").size());
  }

  @Test
  void mixedListMarkersMakeOneList() {
    Document page = render(fixture("mixed-markers.md"));

    Elements lists = page.select("body > ul");
    assertEquals(2, lists.size());
    assertEquals(4, lists.get(0).select("> li").size());
    assertEquals(List.of("첫째 항목", "둘째 항목"), lists.get(1).select("> li").eachText());
  }

  @Test
  void aRuleUnderALineWithATrailingBreakStaysARule() {
    Document page = render(fixture("rules-and-breaks.md"));

    assertEquals(List.of("정리"), page.select("h1, h2, h3, h4, h5, h6").eachText());
    assertEquals(1, page.select("body > hr").size());
    assertEquals(3, page.select("body > p").size());
    assertTrue(page.select("br").isEmpty(), "stray two-space breaks at paragraph ends render nothing");
  }

  @Test
  void crlfAndDecomposedHangulAreNormalisedToLfAndNfc() {
    String clean = fixture("nfd-crlf.md");
    String exported = Normalizer.normalize(clean, Normalizer.Form.NFD).replace("\n", "\r\n");

    Repaired repaired = NotionMarkdown.repair(exported);

    assertFalse(repaired.text().contains("\r"));
    assertTrue(Normalizer.isNormalized(repaired.text(), Normalizer.Form.NFC));
    assertEquals(NotionMarkdown.repair(clean).text(), repaired.text());
    Document page = MarkdownRendering.document(repaired.text());
    assertEquals("한글 정규화", page.selectFirst("h2").text());
    assertEquals(2, page.select("table tbody td ul > li").size());
    assertEquals("캐시 설명 보기", page.selectFirst("details > summary").text());
  }

  @Test
  void fencedCodeIsNeverRepaired() {
    String markdown = "```\n| a | b |\n| --- | --- |\n| c | - d\n- e |\n- t\n\n  ### h\n```\n";

    assertTrue(NotionMarkdown.repair(markdown).unchanged());
  }

  @Test
  void toggleSummaryRendersInlineMarkdown() {
    Document page = render("- **RAID** 와 `mdadm`\n\n  ### 설명\n\n  본문입니다.\n");

    Element summary = page.selectFirst("details > summary");
    assertEquals("RAID", summary.selectFirst("strong").text());
    assertEquals("mdadm", summary.selectFirst("code").text());
  }
}
