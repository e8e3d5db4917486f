package dev.hanji.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the link checker reads from one page, whatever the spelling of the template's HTML. */
class PageFactsTest {
  private static LinkChecker.PageFacts facts(String html) {
    return LinkChecker.PageFacts.of(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsIdsLinksAndHeadingsWrittenInAnyCase() {
    LinkChecker.PageFacts page = facts("""
        <!DOCTYPE html><HTML><HEAD><LINK REL="stylesheet" HREF="assets/site.css">
        <script type="module" src="assets/site.js"></script></HEAD>
        <BODY><nav Id="site-nav"><A HREF="../raid/">RAID</A><br><img SRC="a.svg" alt=""></nav>
        <p>두 줄<br>바꿈 <a name="old-anchor">옛 이름</a></p>
        <H2 ID="하드웨어">하드웨어</H2><h3 id="디스크">디스크</h3><h4>id 없음</h4>
        <form action="../search/"><input name="q"></form>
        <a href="https://kafka.apache.org/?a=1&amp;b=2">외부</a></BODY></HTML>
        """);
    assertEquals(Set.of("site-nav", "old-anchor", "하드웨어", "디스크"), page.ids());
    assertEquals(List.of("하드웨어", "디스크"), page.headingIds());
    assertEquals(List.of("assets/site.css", "assets/site.js", "../raid/", "a.svg", "../search/",
        "https://kafka.apache.org/?a=1&b=2"), page.links());
    assertEquals(List.of(), page.missingMessages());
  }

  @Test
  void findsUiTextMissingFromABundleOnce() {
    LinkChecker.PageFacts page = facts("<p>??nav.menu_ko??</p><p>??nav.menu_ko?? ??toc.label_ko??</p>"
        + "<p title=\"??not.text??\">?? 물음표 ??</p>");
    assertEquals(List.of("??nav.menu_ko??", "??toc.label_ko??"), page.missingMessages());
  }
  @Test
  void readingTheChromeLineByLineFindsWhatReadingThePageWholeFinds() {
    String body = "<h2 id=\"개요\">개요</h2>\n<p><a href=\"../raid/#raid-10\">RAID</a> ??body.key??</p>\n";
    String page = """
        <!DOCTYPE html>
        <html lang="ko"><head><link rel="stylesheet" href="../assets/site.css">
        </head><body><a class="skip-link" href="#content">본문</a>
        <form class="site-search" action="../search/"
              data-label="검색">
        <nav id="site-nav"><ul>
          <li class="open">
            <a href="../" aria-current="page">홈</a>
          </li>
        </ul></nav>
        <main id="content"><h1 id="제목">제목</h1><div class="page-body">%s</div>
        <p>??nav.menu_ko??</p><p title="x">a
        b ??toc.label??</p>
        <!-- <a href="
        <a href="in-comment/">"> -->
        <a href="https://kafka.apache.org/?a=1&amp;b=2">외부</a></main></body></html>
        """.formatted(body);
    byte[] html = page.getBytes(StandardCharsets.UTF_8);
    PageFactsReader reader = new PageFactsReader();
    LinkChecker.PageFacts whole = LinkChecker.PageFacts.of(html);
    assertEquals(whole, reader.read(html, body));
    assertEquals(whole, reader.read(html, ""));
    assertEquals(whole, reader.read(html, body)); // again, from remembered lines
    String commentInBody = "<p>앞<!-- <a href=\"hidden/\">x</a> -->뒤</p>\n<p><a href=\"shown/\">y</a></p>";
    String withCommentInBody = page.replaceAll("(?s)<!--.*?-->", "").replace(body, commentInBody);
    LinkChecker.PageFacts bodyFacts = LinkChecker.PageFacts.of(commentInBody.getBytes(StandardCharsets.UTF_8));
    assertEquals(LinkChecker.PageFacts.of(withCommentInBody.getBytes(StandardCharsets.UTF_8)),
        reader.read(withCommentInBody, commentInBody, bodyFacts));
    String noComment = page.replaceAll("(?s)<!--.*?-->", "");
    byte[] plain = noComment.getBytes(StandardCharsets.UTF_8);
    assertEquals(LinkChecker.PageFacts.of(plain), reader.read(plain, body));
    assertEquals(LinkChecker.PageFacts.of(plain), reader.read(plain, ""));
  }
}
