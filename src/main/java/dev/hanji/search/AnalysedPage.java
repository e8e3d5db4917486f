package dev.hanji.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page analysed for the search index: its title and sections as stored, with their terms counted. The
 * analysis is the costly part of indexing and depends on the page alone, so a rebuild keeps it for pages
 * that did not change and only {@link SearchIndexWriter#writeAnalysed} runs again.
 */
public final class AnalysedPage {
  final String lang;
  final String url;
  final String title;
  final List<Section> sections = new ArrayList<>();
  /** The terms of every section with their weighted counts (heading terms count {@code HEADING_WEIGHT} times). */
  final Frequencies frequencies;
  /** The distinct terms of the title. */
  final List<String> titleTerms;
  /** The distinct terms of the section headings. */
  final List<String> headingTerms;
  /** The weighted length for BM25: title, headings and text terms, each counted with its weight. */
  final int length;

  /** A section as stored: heading and text cleaned. */
  record Section(String anchor, String heading, String text) {
  }

  /**
   * Terms (each spelling one shared string) with their counts, in arrays: a build keeps the analysis of every
   * page until it writes the index, and a map entry per term would take ten times the memory.
   */
  static final class Frequencies {
    private final String[] terms;
    private final int[] counts;

    private Frequencies(Map<String, int[]> counted) {
      terms = new String[counted.size()];
      counts = new int[counted.size()];
      int i = 0;
      for (Map.Entry<String, int[]> entry : counted.entrySet()) {
        terms[i] = entry.getKey().intern();
        counts[i++] = entry.getValue()[0];
      }
    }

    /** Calls {@code action} with each term and its count, in no particular order. */
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
    List<String> titleTokens = KoreanAnalyzer.indexTokens(title);
    this.titleTerms = distinct(titleTokens);
    Map<String, int[]> counts = new HashMap<>();
    Set<String> headingTermSet = new LinkedHashSet<>();
    int weightedLength = titleTokens.size() * SearchIndexWriter.TITLE_WEIGHT;
    for (SearchDocument.Section section : sectionsOf(page)) {
      String heading = clean(section.heading());
      String text = clean(section.text());
      List<String> headingTokens = KoreanAnalyzer.indexTokens(heading);
      headingTermSet.addAll(headingTokens);
      weightedLength += count(headingTokens, SearchIndexWriter.HEADING_WEIGHT, counts)
          + count(KoreanAnalyzer.indexTokens(text), 1, counts);
      sections.add(new Section(section.anchor(), heading, text));
    }
    this.frequencies = new Frequencies(counts);
    this.headingTerms = distinct(headingTermSet);
    this.length = weightedLength;
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

  /** Adds each token's weight to its count; returns the weighted number of tokens. */
  private static int count(List<String> tokens, int weight, Map<String, int[]> counts) {
    for (String token : tokens) {
      counts.computeIfAbsent(token, t -> new int[1])[0] += weight;
    }
    return tokens.size() * weight;
  }

  private static List<String> distinct(Iterable<String> tokens) {
    Set<String> seen = new LinkedHashSet<>();
    for (String token : tokens) {
      seen.add(token);
    }
    return seen.stream().map(String::intern).toList();
  }

  /** NFC with white space collapsed: the text the browser highlights in. */
  private static String clean(String text) {
    return SearchIndexWriter.collapseWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
