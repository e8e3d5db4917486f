package dev.hanji.search;

import java.util.List;

/** One page to index. */
public record SearchDocument(String lang, String url, String title, List<Section> sections) {
  /** One section of the page. */
  public record Section(String anchor, String heading, String text) {
  }
}
