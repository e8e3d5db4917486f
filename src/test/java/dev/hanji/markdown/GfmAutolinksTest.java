package dev.hanji.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanji.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GfmAutolinksTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());
  private final PageContext page = new PageContext("ko", "guide/intro.md", "guide/intro.md", 1, "guide/intro/", "",
      (lang, path) -> Optional.empty(), key -> key, path -> Optional.empty());

  /** The paragraph's text, with each link written as [text](href). */
  private String linked(String markdown) {
    Element paragraph = Jsoup.parseBodyFragment(renderer.render(renderer.parse(markdown), page, new Diagnostics())
        .html()).selectFirst("p");
    paragraph.select("a").forEach(a -> a.replaceWith(new org.jsoup.nodes.TextNode(
        "[" + a.text() + "](" + a.attr("href") + ")")));
    return paragraph.text();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "see https://example.com/a?b=1&amp; now|see [https://example.com/a?b=1](https://example.com/a?b=1)& now",
      "www.google.com/search?q=commonmark&hl;|[www.google.com/search?q=commonmark](http://www.google.com/search?q=commonmark)&hl;",
      "(see https://x.org/wiki/A_(b)).|(see [https://x.org/wiki/A_(b)](https://x.org/wiki/A_(b))).",
      "www.google.com/search?q=(business))+ok|[www.google.com/search?q=(business))+ok](http://www.google.com/search?q=(business))+ok)",
      "PLAINTEXT://:9092 and kafka://broker:9092|PLAINTEXT://:9092 and kafka://broker:9092",
      "ftp://foo.bar.baz.|[ftp://foo.bar.baz](ftp://foo.bar.baz).",
      "http://localhost:8080/metrics, then|[http://localhost:8080/metrics](http://localhost:8080/metrics), then",
      "ops@example.co.kr.|[ops@example.co.kr](mailto:ops@example.co.kr).",
      "a.b-c_d@a.b- and a@b_|a.b-c_d@a.b- and a@b_",
      "www.x_y.com and x.www.y.com|www.x_y.com and x.www.y.com"})
  void linksWhatGfmLinksAndStopsWhereGfmStops(String markdown, String expected) {
    assertEquals(expected, linked(markdown));
  }
}
