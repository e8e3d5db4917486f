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
  final Frequencies titleFrequencies;
  final int titleLength;
  final List<Section> sections = new ArrayList<>();
  final List<String> headingTerms;

  /** A section as stored: heading and text cleaned, terms counted (heading terms weighted). */
  record Section(String anchor, String heading, String text, Frequencies frequencies, int length) {
  }

  /**
   * Terms (sorted, each spelling one shared string) with their counts, in arrays: a build keeps the analysis of
   * every page until it writes the index, and a map entry per term would take ten times the memory.
   */
  static final class Frequencies {
    private final String[] terms;
    private final int[] counts;

    private Frequencies(Map<String, Integer> counted) {
      terms = new String[counted.size()];
      counts = new int[counted.size()];
      int i = 0;
      for (Map.Entry<String, Integer> entry : counted.entrySet()) {
        terms[i] = entry.getKey().intern();
        counts[i++] = entry.getValue();
      }
    }

    /** Calls {@code action} with each term and its count, in term order. */
    void forEach(TermCount action) {
      for (int i = 0; i < terms.length; i++) {
        action.accept(terms[i], counts[i]);
      }
    }

    /** Receives a term and its count. */
    interface TermCount {
      void accept(String term, int count);
    }
  }

  private AnalysedPage(SearchDocument page) {
    this.lang = page.lang();
    this.url = page.url();
    this.title = clean(page.title());
    Map<String, Integer> titleCounts = new TreeMap<>();
    this.titleLength = count(title, SearchIndexWriter.TITLE_WEIGHT, titleCounts);
    this.titleFrequencies = new Frequencies(titleCounts);
    TreeSet<String> headingTermSet = new TreeSet<>();
    for (SearchDocument.Section section : sectionsOf(page)) {
      String heading = clean(section.heading());
      String text = clean(section.text());
      headingTermSet.addAll(KoreanAnalyzer.indexTokens(heading));
      Map<String, Integer> frequencies = new TreeMap<>();
      int length = count(heading, SearchIndexWriter.HEADING_WEIGHT, frequencies) + count(text, 1, frequencies);
      sections.add(new Section(section.anchor(), heading, text, new Frequencies(frequencies), length));
    }
    this.headingTerms = headingTermSet.stream().map(String::intern).toList();
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
