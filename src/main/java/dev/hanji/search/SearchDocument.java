package dev.hanji.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One page to index.
 *
 * @param lang     {@code "ko"} or {@code "en"}
 * @param url      output-relative URL with a trailing slash: {@code ""} for the Korean home,
 *                 {@code "raid/"}, {@code "en/raid/"}
 * @param title    the page title
 * @param sections the page's sections in document order
 */
public record SearchDocument(String lang, String url, String title, List<Section> sections) {

  public SearchDocument {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(url, "url");
    title = title == null ? "" : title;
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /**
   * Splits a page's rendered main content into sections at its {@code h2}–{@code h6} headings
   * (an {@code h1} is the title and is left out). Text inside {@code script}, {@code style},
   * {@code nav}, {@code [aria-hidden=true]} and {@code [data-search-ignore]} is not indexed.
   *
   * @param lang     {@code "ko"} or {@code "en"}
   * @param url      output-relative URL with a trailing slash
   * @param title    the page title
   * @param mainHtml the HTML inside the page's {@code <main>}
   * @return the document, its first section holding the text before the first heading
   */
  public static SearchDocument fromHtml(String lang, String url, String title, String mainHtml) {
    return of(lang, url, title, "", BodyText.of(Jsoup.parseBodyFragment(mainHtml == null ? "" : mainHtml).body()));
  }

  /**
   * The document of a page whose body was read already ({@link BodyText#of}), with a paragraph of text before it:
   * the same document as {@link #fromHtml} of that paragraph ({@code <p>}) followed by the body.
   *
   * @param lead the text of a paragraph read before the body (the page's tags), or "" for none
   */
  public static SearchDocument of(String lang, String url, String title, String lead, BodyText body) {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < body.cuts().size(); i++) {
      Cut cut = body.cuts().get(i);
      String raw = i == 0 && !lead.isEmpty() ? "\n" + lead + "\n" + cut.rawText() : cut.rawText();
      String text = SearchIndexWriter.collapseWhitespace(raw);
      if (!sections.isEmpty() || !text.isEmpty() || !cut.heading().isEmpty()) {
        sections.add(new Section(cut.anchor(), cut.heading(), text));
      }
    }
    return new SearchDocument(lang, url, title, sections);
  }

  /**
   * The text of a page body cut at its {@code h2}–{@code h6} headings, white space as printed: what search needs of
   * the body, read once from the tree the body was printed from (see {@link #fromHtml} for what is left out).
   *
   * @param cuts the text before the first heading, then one cut per heading
   */
  public record BodyText(List<Cut> cuts) {
    public BodyText {
      cuts = List.copyOf(cuts);
    }

    /** Reads the text of what {@code body} holds. */
    public static BodyText of(Element body) {
      SectionCollector collector = new SectionCollector();
      body.filter(collector);
      return collector.finish();
    }
  }

  /**
   * The text under one heading before its white space is collapsed.
   *
   * @param anchor  the heading's id, "" before the first heading
   * @param heading the heading's text, "" before the first heading
   * @param rawText the text as printed
   */
  public record Cut(String anchor, String heading, String rawText) {
  }

  /** Walks rendered HTML and cuts its text at headings. */
  private static final class SectionCollector implements NodeFilter {
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "template", "h1", "svg");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private final List<Cut> cuts = new ArrayList<>();
    private String anchor = "";
    private String heading = "";
    private final StringBuilder text = new StringBuilder();

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.getWholeText());
      } else if (node instanceof Element element) {
        if (SKIPPED.contains(element.normalName()) || "true".equals(element.attr("aria-hidden"))
            || element.hasAttr("data-search-ignore")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (HEADINGS.contains(element.normalName())) {
          cut();
          anchor = element.id();
          Element visible = element.clone();
          visible.select("[aria-hidden=true], [data-search-ignore], script, style, svg").remove();
          heading = visible.text();
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element.isBlock() || "br".equals(element.normalName())) {
          text.append('\n');
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && element.isBlock()) {
        text.append('\n');
      }
      return FilterResult.CONTINUE;
    }

    private void cut() {
      cuts.add(new Cut(anchor, heading, text.toString()));
      text.setLength(0);
    }

    BodyText finish() {
      cut();
      return new BodyText(cuts);
    }
  }

  /**
   * One section of a page: the text under one heading.
   *
   * @param anchor  the heading's id, or {@code ""} for the text before the first heading
   * @param heading the heading's text ({@code ""} for the text before the first heading)
   * @param text    the plain body text of the section
   */
  public record Section(String anchor, String heading, String text) {
    public Section {
      anchor = anchor == null ? "" : anchor;
      heading = heading == null ? "" : heading;
      text = text == null ? "" : text;
    }
  }
}
