package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class GfmTagFilterTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());
  private final PageContext page = new PageContext("ko", "a.md", "content/ko/a.md", 3, "a/", "",
      (lang, path) -> Optional.empty(), key -> key, path -> Optional.empty());

  private Document html(String markdown) {
    return Jsoup.parseBodyFragment(renderer.render(renderer.parse(markdown), page, diagnostics).html());
  }

  @Test
  void anUnclosedTitleOrTextareaNoLongerTurnsTheRestOfThePageIntoText() {
    Document doc = html("<strong> <title> <textarea> <em>\n\n## 다음 절\n\n- 항목\n");
    assertEquals("<title> <textarea>", doc.selectFirst("strong").text().strip());
    assertEquals("다음 절", doc.selectFirst("h2").text());
    assertEquals(1, doc.select("li").size());
  }

  @Test
  void disallowedTagsShowAsTextWithAWarning() {
    Document doc = html("앞\n\n텍스트 <script>alert(1)</script> <b onclick=\"x\">b</b>\n");
    assertTrue(doc.select("script").isEmpty());
    assertEquals("텍스트 <script>alert(1)</script> b", doc.select("p").get(1).text());
    List<Diagnostic> warnings = diagnostics.warnings();
    assertEquals(List.of("raw HTML shown as text: <script>", "raw HTML shown as text: <script>",
        "unsafe raw HTML removed: onclick="), warnings.stream().map(Diagnostic::message).toList());
    assertEquals(List.of(5, 5, 5), warnings.stream().map(Diagnostic::line).toList());
  }

  @Test
  void aBlockWithDisallowedAndUnsafeTagsGetsOneWarning() {
    html("<div onclick=\"x\"><style>p {}</style></div>\n");
    assertEquals("raw HTML shown as text: <style>; unsafe raw HTML removed: onclick=",
        diagnostics.warnings().get(0).message());
  }

  @Test
  void onlyTheDisallowedTagNamesAreEscaped() {
    assertEquals("&lt;TITLE>x&lt;/title> <titles> <scripts/> &lt;style/>",
        GfmTagFilter.filter("<TITLE>x</title> <titles> <scripts/> <style/>"));
  }
}
