package dev.hanji.core;

import dev.hanji.markdown.RenderedMarkdown;
import dev.hanji.model.Page;
import dev.hanji.model.Site;
import dev.hanji.search.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Cuts rendered pages into the sections search indexes: the text under each heading. */
final class SearchDocuments {
  private SearchDocuments() {
  }

  static List<SearchDocument> of(Site site, Map<String, RenderedMarkdown> bodies) {
    List<SearchDocument> documents = new ArrayList<>();
    for (Page page : site.pages()) {
      RenderedMarkdown body = bodies.get(page.url());
      if (body != null) {
        documents.add(new SearchDocument(page.lang(), page.url(), page.title(), sections(body.html())));
      }
    }
    return documents;
  }

  private static List<SearchDocument.Section> sections(String html) {
    List<SearchDocument.Section> sections = new ArrayList<>();
    String anchor = "";
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      if (node instanceof Element element && element.normalName().matches("h[1-6]")) {
        add(sections, anchor, heading, text);
        anchor = element.id();
        heading = element.text();
        text.setLength(0);
      } else if (node instanceof Element element) {
        if (!element.hasAttr("data-calculator") && element.select("[data-calculator]").isEmpty()) {
          text.append(element.text()).append(' ');
        }
      } else if (node instanceof TextNode textNode) {
        text.append(textNode.text()).append(' ');
      }
    }
    add(sections, anchor, heading, text);
    return sections;
  }

  private static void add(List<SearchDocument.Section> sections, String anchor, String heading, StringBuilder text) {
    String body = text.toString().strip().replaceAll("\\s+", " ");
    if (!body.isEmpty() || !heading.isEmpty()) {
      sections.add(new SearchDocument.Section(anchor, heading, body));
    }
  }
}
