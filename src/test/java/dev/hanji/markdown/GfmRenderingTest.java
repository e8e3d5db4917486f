package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GfmRenderingTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());
  private final PageContext page = new PageContext("ko", "guide/intro.md", "guide/intro.md", 1, "guide/intro/", "",
      (lang, path) -> Optional.empty(), key -> key, path -> Optional.empty());

  private Document html(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(renderer.parse(markdown), page, new Diagnostics()).html());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "http://example.com/\\[\\|http://example.com/%5C%5B%5C",
      "https://x.org/a b`c|https://x.org/a%20b%60c",
      "https://ko.wikipedia.org/wiki/카프카?q=%EC%B9%B4|https://ko.wikipedia.org/wiki/카프카?q=%EC%B9%B4",
      "http://[::1]:8080/a[1]|http://[::1]:8080/a%5B1%5D",
      "https://x.org/100%zz|https://x.org/100%25zz"})
  void linkUrlsEncodeOnlyTheAsciiCharactersUrlsMayNotHold(String url, String encoded) {
    assertEquals(encoded, GfmRendering.encodeUnsafeAscii(url));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "` a`|[ a]",
      "`  ``  `|[ `` ]",
      "` `|[ ]",
      "``\\nfoo\\nbar  \\nbaz\\n``|[foo bar   baz]"})
  void codeSpansKeepTheirSpacesAsCommonMarkSays(String markdown, String code) {
    assertEquals(code, "[" + html(markdown.replace("\\n", "\n")).selectFirst("code").wholeText() + "]");
  }

  @Test
  void codeSpanInATableCellReadsAnEscapedPipeAsAPipe() {
    assertEquals("a|b", html("| x |\n|---|\n| `a\\|b` |\n").selectFirst("td code").wholeText());
  }

  @Test
  void strongInsideStrongIsOneStrongAndAnEmptyTableHasNoBody() {
    assertEquals("<strong>foo bar</strong>", html("**foo **bar****").selectFirst("p").html());
    assertEquals(0, html("| a |\n|---|\n").select("tbody").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "foo***bar***baz|foo<em><strong>bar</strong></em>baz",
      "foo******bar*********baz|foo<strong>bar</strong>***baz",
      "*foo**bar*|<em>foo**bar</em>",
      "\\***foo**|*<strong>foo</strong>"})
  void emphasisFollowsTheRuleOfThreeWithItsException(String markdown, String html) {
    assertEquals(html, html(markdown).selectFirst("p").html());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[link](</my uri>)|../../my%20uri",
      "[link](</a\\>b> \"t\")|../../a%3Eb",
      "[a](</b)c|",
      "[link](<foo\\>)|",
      "[foo]: <bar>(baz)\\n\\n[foo]|"})
  void angleBracketDestinationsAsCommonMarkReadsThem(String markdown, String href) {
    Document doc = html(markdown.replace("\\n", "\n"));
    assertEquals(href == null ? List.of() : List.of(href), doc.select("a").eachAttr("href"));
  }

  @Test
  void htmlCommentsMayHoldDoubleHyphensAndManyUnclosedOnesStayCheap() {
    assertEquals("a b", html("a <!-- TODO -- check --> b").selectFirst("p").text());
    long start = System.nanoTime();
    String text = html("x " + "<!--".repeat(50_000)).selectFirst("p").text();
    assertEquals(2 + 4 * 50_000, text.length());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "unclosed comments are searched once per paragraph");
  }

  @Test
  void eMailAutolinksAreMailtoLinksOnEveryPage() {
    assertEquals("mailto:ops@example.org", html("<ops@example.org>").selectFirst("a").attr("href"));
  }
}
