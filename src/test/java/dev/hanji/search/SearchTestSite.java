package dev.hanji.search;

import dev.hanji.sources.Glossary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a minimal static site around the search stage: a page per document with the header
 * search box of the page-markup contract, the two search pages, the script and both indexes.
 */
public final class SearchTestSite {

  private SearchTestSite() {
  }

  public static void write(Path root, List<SearchDocument> documents, Glossary glossary) throws IOException {
    for (Map.Entry<String, String> index : SearchIndexWriter.write(documents, glossary).entrySet()) {
      writeFile(root.resolve(index.getKey()), index.getValue());
    }
    writeFile(root.resolve(SearchIndexWriter.SCRIPT_PATH), SearchIndexWriter.script());
    for (SearchDocument document : documents) {
      StringBuilder main = new StringBuilder("<h1>").append(escape(document.title())).append("</h1>\n");
      for (SearchDocument.Section section : document.sections()) {
        if (!section.anchor().isEmpty()) {
          main.append("<h2 id=\"").append(escape(section.anchor())).append("\">")
              .append(escape(section.heading())).append("</h2>\n");
        }
        main.append("<p>").append(escape(section.text())).append("</p>\n");
      }
      writePage(root, document.lang(), document.url(), document.title(), main.toString());
    }
    String searchMain = """
        <section data-search-page>
          <form data-search-page-form action="" method="get">
            <input type="search" name="q" aria-label="search">
            <button type="submit">go</button>
          </form>
          <ol data-search-results></ol>
        </section>
        """;
    writePage(root, "ko", "search/", "검색", searchMain);
    writePage(root, "en", "en/search/", "Search", searchMain);
  }

  private static void writePage(Path root, String lang, String url, String title, String main) throws IOException {
    String base = "../".repeat((int) url.chars().filter(c -> c == '/').count());
    base = base.isEmpty() ? "./" : base;
    boolean english = "en".equals(lang);
    String html = """
        <!doctype html>
        <html lang="%s">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
        <title>%s</title>
        <script type="module" src="%sassets/search/search.js"></script>
        </head>
        <body>
        <header>
        <form class="site-search" role="search" action="%s%ssearch/" method="get" data-search
              data-label-empty="%s" data-label-results="%s" data-label-loading="%s">
          <label for="site-search-input" class="visually-hidden">%s</label>
          <input id="site-search-input" type="search" name="q" placeholder="%s ( / )" autocomplete="off" data-search-input>
          <div class="search-popup" data-search-popup hidden></div>
        </form>
        </header>
        <main>
        %s
        </main>
        </body>
        </html>
        """.formatted(lang, escape(title), base, base, english ? "en/" : "",
        english ? "No results" : "검색 결과가 없습니다", english ? "{n} results" : "{n}개 결과",
        english ? "Loading…" : "불러오는 중…", english ? "Search" : "검색", english ? "Search" : "검색", main);
    writeFile(root.resolve(url).resolve("index.html"), html);
  }

  private static void writeFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
