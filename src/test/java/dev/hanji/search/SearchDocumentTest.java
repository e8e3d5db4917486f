package dev.hanji.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanji.search.SearchDocument.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchDocumentTest {

  @Test
  void renderedHtmlIsCutIntoSectionsAtHeadings() {
    SearchDocument doc = SearchDocument.fromHtml("ko", "memory/", "힙과 페이지 캐시", """
        <h1>힙과 페이지 캐시</h1>
        <p>브로커 힙은 <strong>6GB</strong>면 충분합니다.</p>
        <h2 id="페이지-캐시">페이지 캐시 <a class="anchor" aria-hidden="true" href="#페이지-캐시">#</a></h2>
        <ul><li>읽기</li><li>쓰기</li></ul>
        <script>ignored()</script>
        <h3 id="설정">설정</h3>
        <pre><code>-Xms6g -Xmx6g</code></pre>
        <div data-search-ignore>건너뜁니다</div>
        """);
    assertEquals(List.of(
        new Section("", "", "브로커 힙은 6GB면 충분합니다."),
        new Section("페이지-캐시", "페이지 캐시", "읽기 쓰기"),
        new Section("설정", "설정", "-Xms6g -Xmx6g")), doc.sections());
  }

  @Test
  void pageStartingWithAHeadingHasNoEmptyIntroSection() {
    SearchDocument doc = SearchDocument.fromHtml("en", "en/x/", "X", "<h2 id=\"a\">A</h2><p>text</p>");
    assertEquals(List.of(new Section("a", "A", "text")), doc.sections());
  }
}
