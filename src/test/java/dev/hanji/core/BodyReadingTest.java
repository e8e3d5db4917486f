package dev.hanji.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.check.LinkChecker;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.markdown.MarkdownRenderer;
import dev.hanji.markdown.PageContext;
import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.search.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page body is read once, from the tree its HTML is printed from, for the link check and for search; what that
 * reading finds must be what reading the printed HTML again finds, for every body of the real site and the
 * fixture sites and for HTML that people write in their notes.
 */
class BodyReadingTest {
  private static final String TAGS = "#카프카 #kafka&ops <b>";
  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());

  static Stream<Path> markdownFiles() throws IOException {
    List<Path> roots = List.of(Path.of("content"), Path.of("src/test/resources/sites"));
    Stream<Path> files = Stream.empty();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        files = Stream.concat(files, walk.filter(path -> path.toString().endsWith(".md")).sorted().toList()
            .stream());
      }
    }
    return files;
  }

  @ParameterizedTest
  @MethodSource("markdownFiles")
  void readingTheTreeFindsWhatReadingThePrintedBodyFinds(Path file) {
    assertSameReading(read(file));
  }

  @Test
  void rawHtmlAnchorsEntitiesAndMissingTextReadAlike() {
    assertSameReading("""
        # 제목

        앞 문단 <a name="old">옛 자리</a> ??nav.menu?? 와 &amp; &lt;tag&gt;

        <details><summary>펼치기</summary>

        | 열 | 링크 |
        |---|---|
        | a | [raid](../raid/#raid-10 "제목") |

        </details>

        ## 둘째 <span aria-hidden="true">#</span>

        ```html
        <a href="not-a-link/">코드 안</a>
        ```

        - 목록 ![그림](images/a.svg)
          - 안쪽 <img src="images/b.png" alt="b">

        <div data-search-ignore><p>찾지 않음</p></div>
        <p>줄<br>바꿈</p>

        ### 빈 절
        """);
  }

  private void assertSameReading(String markdown) {
    AtomicReference<Element> tree = new AtomicReference<>();
    RenderedMarkdown rendered = renderer.render(renderer.parse(markdown), context(), new Diagnostics(), tree::set);
    assertTrue(tree.get() != null || rendered.html().isEmpty(), "the reader sees every rendered body");
    Element body = tree.get() != null ? tree.get() : new Element("body");
    assertEquals(LinkChecker.PageFacts.of(rendered.html().getBytes(StandardCharsets.UTF_8)),
        LinkChecker.PageFacts.of(body));
    String tagsHtml = "<p>" + org.jsoup.nodes.Entities.escape(TAGS) + "</p>";
    assertEquals(SearchDocument.fromHtml("ko", "a/", "제목", tagsHtml + rendered.html()),
        SearchDocument.of("ko", "a/", "제목", TAGS, SearchDocument.BodyText.of(body)));
    assertEquals(SearchDocument.fromHtml("ko", "a/", "제목", rendered.html()),
        SearchDocument.of("ko", "a/", "제목", "", SearchDocument.BodyText.of(body)));
  }

  private static PageContext context() {
    return new PageContext("ko", "guide/intro.md", "content/ko/guide/intro.md", 1, "guide/intro/", "",
        (lang, path) -> Optional.of(path.replace(".md", "/")), key -> "[" + key + "]", path -> Optional.empty());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
