package dev.hanji.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A page analysed for the search index: its title and sections as stored, with their terms counted. The
 * analysis is the costly part of indexing and depends on the page alone, so a rebuild keeps it for pages
 * that did not change and only {@link SearchIndexWriter#writeAnalysed} runs again.
 */
public final class AnalysedPage {
  final String lang;
  final String url;
  final String title;
  final Map<String, Integer> titleFrequencies = new TreeMap<>();
  final int titleLength;
  final List<Section> sections = new ArrayList<>();
  final TreeSet<String> headingTerms = new TreeSet<>();

  /** A section as stored: heading and text cleaned, terms counted (heading terms weighted). */
  record Section(String anchor, String heading, String text, Map<String, Integer> frequencies, int length) {
  }

  private AnalysedPage(SearchDocument page) {
    this.lang = page.lang();
    this.url = page.url();
    this.title = clean(page.title());
    this.titleLength = count(title, SearchIndexWriter.TITLE_WEIGHT, titleFrequencies);
    for (SearchDocument.Section section : sectionsOf(page)) {
      String heading = clean(section.heading());
      String text = clean(section.text());
      headingTerms.addAll(KoreanAnalyzer.indexTokens(heading));
      Map<String, Integer> frequencies = new TreeMap<>();
      int length = count(heading, SearchIndexWriter.HEADING_WEIGHT, frequencies) + count(text, 1, frequencies);
      sections.add(new Section(section.anchor(), heading, text, frequencies, length));
    }
  }

  /**
   * Analyses one page.
   *
   * @throws IllegalArgumentException if its language is neither {@code ko} nor {@code en}
   */
  public static AnalysedPage of(SearchDocument page) {
    SearchIndexWriter.checkLanguage(page);
    return new AnalysedPage(page);
  }

  /** A page's sections without empty ones; a page always keeps one, so its title is found. */
  private static List<SearchDocument.Section> sectionsOf(SearchDocument page) {
    List<SearchDocument.Section> kept = new ArrayList<>();
    for (SearchDocument.Section section : page.sections()) {
      if (kept.isEmpty() || !section.heading().isBlank() || !section.text().isBlank()) {
        kept.add(section);
      }
    }
    if (kept.isEmpty()) {
      kept.add(new SearchDocument.Section("", "", ""));
    }
    return kept;
  }

  private static int count(String text, int weight, Map<String, Integer> frequencies) {
    List<String> tokens = KoreanAnalyzer.indexTokens(text);
    for (String token : tokens) {
      frequencies.merge(token, weight, Integer::sum);
    }
    return tokens.size() * weight;
  }

  /** NFC with white space collapsed: the text the browser highlights in. */
  private static String clean(String text) {
    return SearchIndexWriter.collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
