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
  /** The table size for a page's terms: a Korean page of a few screens has several hundred. */
  private static final int PAGE_TABLE = 1024;

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

    private Frequencies(TermCounts counted, Spellings spellings) {
      terms = counted.terms(spellings);
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
   * numbers; the string of each distinct term is looked up only when {@link #terms(Spellings)} is asked for.
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
    private int[] slotOf;
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
      slotOf = new int[capacity];
      slots = new int[capacity * 2];
      shift = Integer.numberOfLeadingZeros(slots.length) + 1;
    }

    /** Counts each term given from now on {@code weight} times. */
    void weight(int weight) {
      this.weight = weight;
    }

    @Override
    public void term(char[] chars, int start, int length) {
      int term = number(hash(chars, start, length), chars, start, length); // before counts: it may grow them
      counts[term] += weight;
      total += weight;
    }

    /** The term's number, given it if it is new. */
    int number(int hash, char[] chars, int start, int length) {
      int slot = (hash * GOLDEN) >>> shift;
      while (true) {
        int term = slots[slot] - 1;
        if (term < 0) {
          return insert(slot, hash, chars, start, length);
        }
        if (hashes[term] == hash && equal(term, chars, start, length)) {
          return term;
        }
        slot = (slot + 1) & (slots.length - 1);
      }
    }

    /** Forgets every term, keeping the table's room for the next page. */
    void clear() {
      for (int term = 0; term < size; term++) {
        slots[slotOf[term]] = 0;
      }
      size = 0;
      poolSize = 0;
      total = 0;
      weight = 1;
    }

    /** How many distinct terms the table takes before it grows. */
    int capacity() {
      return starts.length;
    }

    /** The number of distinct terms. */
    int size() {
      return size;
    }

    /** Every term given, each counted with the weight it was given with. */
    int total() {
      return total;
    }

    /** The distinct terms, each spelling one shared string ({@code spellings}), in first-use order. */
    String[] terms(Spellings spellings) {
      String[] terms = new String[size];
      for (int term = 0; term < size; term++) {
        terms[term] = spellings.of(hashes[term], pool, starts[term], lengths[term]);
      }
      return terms;
    }

    /** The weighted count of each term of {@link #terms(Spellings)}, in the same order. */
    int[] counts() {
      return Arrays.copyOf(counts, size);
    }

    /** The hash {@link String#hashCode()} gives the same characters. */
    static int hash(char[] chars, int start, int length) {
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

    private int insert(int slot, int hash, char[] chars, int start, int length) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
        slotOf = Arrays.copyOf(slotOf, size * 2);
      }
      if (poolSize + length > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
      }
      System.arraycopy(chars, start, pool, poolSize, length);
      int term = size++;
      starts[term] = poolSize;
      lengths[term] = length;
      hashes[term] = hash;
      counts[term] = 0;
      slotOf[term] = slot;
      slots[slot] = term + 1;
      poolSize += length;
      if (size * 2 > slots.length) {
        rehash();
      }
      return term;
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
        slotOf[term] = slot;
      }
    }
  }

  /**
   * One string per term spelling, kept by a thread from page to page: most of a page's terms were met on an earlier
   * page, and their string is then found by its characters rather than made and interned again. It forgets every
   * spelling once it holds {@link #LIMIT}, so it stays small.
   */
  static final class Spellings {
    private static final int LIMIT = 1 << 15;
    private final TermCounts known = new TermCounts(LIMIT);
    private final String[] strings = new String[LIMIT];

    /** The shared string of {@code chars[start, start + length)}, whose {@link String#hashCode()} is {@code hash}. */
    String of(int hash, char[] chars, int start, int length) {
      if (known.size() == LIMIT) {
        known.clear();
        Arrays.fill(strings, null);
      }
      int number = known.number(hash, chars, start, length);
      String spelling = strings[number];
      if (spelling == null) {
        spelling = new String(chars, start, length).intern();
        strings[number] = spelling;
      }
      return spelling;
    }
  }

  /**
   * What analysing a page takes, kept by each thread for its next page: the tables and buffers a page fills, which
   * made up most of what the analysis allocated. Those a huge page grew are let go afterwards.
   */
  private static final class Workspace {
    private static final ThreadLocal<Workspace> OF_THREAD = ThreadLocal.withInitial(Workspace::new);
    private static final int KEPT_TERMS = 1 << 13;

    private final Spellings spellings = new Spellings();
    private KoreanAnalyzer.Splitter splitter;
    private TermCounts titleCounts;
    private TermCounts counts;
    private TermCounts headingCounts;
    /** Counts a heading's terms both as text (weighted) and as heading terms. */
    private final KoreanAnalyzer.TermSink headingSink = (chars, start, length) -> {
      counts.term(chars, start, length);
      headingCounts.term(chars, start, length);
    };

    /** This thread's workspace, emptied for a page. */
    static Workspace forPage() {
      Workspace workspace = OF_THREAD.get();
      workspace.empty();
      return workspace;
    }

    private void empty() {
      if (splitter == null || splitter.isLarge()) {
        splitter = new KoreanAnalyzer.Splitter();
      }
      titleCounts = emptied(titleCounts, SMALL_TABLE);
      counts = emptied(counts, PAGE_TABLE);
      headingCounts = emptied(headingCounts, SMALL_TABLE);
      titleCounts.weight(SearchIndexWriter.TITLE_WEIGHT);
    }

    private static TermCounts emptied(TermCounts table, int expectedTerms) {
      if (table == null || table.capacity() > KEPT_TERMS) {
        return new TermCounts(expectedTerms);
      }
      table.clear();
      return table;
    }
  }

  private AnalysedPage(SearchDocument page) {
    this.lang = page.lang();
    this.url = page.url();
    Workspace workspace = Workspace.forPage();
    KoreanAnalyzer.Splitter splitter = workspace.splitter;
    TermCounts counts = workspace.counts;
    this.title = splitter.loadCleaned(page.title());
    splitter.indexTerms(workspace.titleCounts);
    for (SearchDocument.Section section : sectionsOf(page)) {
      String heading = splitter.loadCleaned(section.heading());
      counts.weight(SearchIndexWriter.HEADING_WEIGHT);
      splitter.indexTerms(workspace.headingSink);
      String text = splitter.loadCleaned(section.text());
      counts.weight(1);
      splitter.indexTerms(counts);
      sections.add(new Section(section.anchor(), heading, text));
    }
    this.frequencies = new Frequencies(counts, workspace.spellings);
    this.titleTerms = List.of(workspace.titleCounts.terms(workspace.spellings));
    this.headingTerms = List.of(workspace.headingCounts.terms(workspace.spellings));
    this.length = workspace.titleCounts.total() + counts.total();
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
}
