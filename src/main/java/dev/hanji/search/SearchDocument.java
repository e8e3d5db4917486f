package dev.hanji.search;

import java.util.List;
import java.util.Objects;

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
