package dev.hanji.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

  /** The table size for a title's or the headings' terms: a few dozen. */
  private static final int SMALL_TABLE = 32;
  /** No table is made larger to begin with: a huge page's grows as it needs to. */
  private static final int MAX_EXPECTED_TERMS = 1 << 16;

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

    private Frequencies(TermCounts counted) {
      terms = counted.terms();
      counts = counted.counts();
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

  /**
   * Counts the terms of a page as the analyser hands them over, each distinct term's characters copied once
   * into one pool: an occurrence costs a hash and a comparison, not a string. An open-addressing table of term
   * numbers; a string is made for each distinct term only when {@link #terms()} is asked for.
   */
  static final class TermCounts implements KoreanAnalyzer.TermSink {
    private static final int GOLDEN = 0x9E3779B9;

    private char[] pool;
    private int poolSize;
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int[] counts;
    private int size;
    private int[] slots; // term number + 1, 0 for a free slot
    private int shift;
    private int weight = 1;
    private int total;

    /** A table that takes {@code expectedTerms} distinct terms before it grows. */
    TermCounts(int expectedTerms) {
      int capacity = Integer.highestOneBit(Math.max(16, expectedTerms - 1)) * 2;
      pool = new char[capacity * 2];
      starts = new int[capacity];
      lengths = new int[capacity];
      hashes = new int[capacity];
      counts = new int[capacity];
      slots = new int[capacity * 2];
      shift = Integer.numberOfLeadingZeros(slots.length) + 1;
    }

    /** Counts each term given from now on {@code weight} times. */
    void weight(int weight) {
      this.weight = weight;
    }

    @Override
    public void term(char[] chars, int start, int length) {
      int hash = hash(chars, start, length);
      int slot = (hash * GOLDEN) >>> shift;
      while (true) {
        int term = slots[slot] - 1;
        if (term < 0) {
          insert(slot, hash, chars, start, length);
          break;
        }
        if (hashes[term] == hash && equal(term, chars, start, length)) {
          counts[term] += weight;
          break;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      total += weight;
    }

    /** The number of distinct terms. */
    int size() {
      return size;
    }

    /** Every term given, each counted with the weight it was given with. */
    int total() {
      return total;
    }

    /** The distinct terms, interned (the analysis of every page shares one string per spelling), in first-use order. */
    String[] terms() {
      String[] terms = new String[size];
      for (int term = 0; term < size; term++) {
        terms[term] = new String(pool, starts[term], lengths[term]).intern();
      }
      return terms;
    }

    /** The weighted count of each term of {@link #terms()}, in the same order. */
    int[] counts() {
      return Arrays.copyOf(counts, size);
    }

    private static int hash(char[] chars, int start, int length) {
      int hash = 0;
      for (int i = start; i < start + length; i++) {
        hash = 31 * hash + chars[i];
      }
      return hash;
    }

    private boolean equal(int term, char[] chars, int start, int length) {
      if (lengths[term] != length) {
        return false;
      }
      int at = starts[term];
      for (int i = 0; i < length; i++) {
        if (pool[at + i] != chars[start + i]) {
          return false;
        }
      }
      return true;
    }

    private void insert(int slot, int hash, char[] chars, int start, int length) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      if (poolSize + length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
      }
      System.arraycopy(chars, start, pool, poolSize, length);
      starts[size] = poolSize;
      lengths[size] = length;
      hashes[size] = hash;
      counts[size] = weight;
      poolSize += length;
      slots[slot] = ++size;
      if (size * 2 > slots.length) {
        rehash();
      }
    }

    /** Doubles the table, keeping it at most half full. */
    private void rehash() {
      slots = new int[slots.length * 2];
      shift--;
      for (int term = 0; term < size; term++) {
        int slot = (hashes[term] * GOLDEN) >>> shift;
        while (slots[slot] != 0) {
          slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = term + 1;
      }
    }
  }

  private AnalysedPage(SearchDocument page) {
    this.lang = page.lang();
    this.url = page.url();
    KoreanAnalyzer.Splitter splitter = new KoreanAnalyzer.Splitter();
    this.title = splitter.loadCleaned(page.title());
    TermCounts titleCounts = new TermCounts(SMALL_TABLE);
    titleCounts.weight(SearchIndexWriter.TITLE_WEIGHT);
    splitter.indexTerms(titleCounts);
    TermCounts counts = new TermCounts(expectedTerms(page));
    TermCounts headingCounts = new TermCounts(SMALL_TABLE);
    KoreanAnalyzer.TermSink headingSink = (chars, start, length) -> {
      counts.term(chars, start, length);
      headingCounts.term(chars, start, length);
    };
    for (SearchDocument.Section section : sectionsOf(page)) {
      String heading = splitter.loadCleaned(section.heading());
      counts.weight(SearchIndexWriter.HEADING_WEIGHT);
      splitter.indexTerms(headingSink);
      String text = splitter.loadCleaned(section.text());
      counts.weight(1);
      splitter.indexTerms(counts);
      sections.add(new Section(section.anchor(), heading, text));
    }
    this.frequencies = new Frequencies(counts);
    this.titleTerms = List.of(titleCounts.terms());
    this.headingTerms = List.of(headingCounts.terms());
    this.length = titleCounts.total() + counts.total();
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

  /**
   * The distinct terms to size a page's table for: a third of its characters, about what a Korean page gives (an
   * English one gives fewer), so that the table seldom grows.
   */
  private static int expectedTerms(SearchDocument page) {
    long chars = 0;
    for (SearchDocument.Section section : page.sections()) {
      chars += section.heading().length() + section.text().length();
    }
    return (int) Math.min(chars / 3, MAX_EXPECTED_TERMS);
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
}
