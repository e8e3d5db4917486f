package dev.hanji.search;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hanji.core.BundledResources;
import dev.hanji.model.Glossary;
import dev.hanji.output.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the search index of each language and provides the browser script that reads it.
 *
 * <p>Index format (JSON, one object, version {@code v} = 1):
 * <ul>
 *   <li>{@code root}: the site root relative to the index file;</li>
 *   <li>{@code pages}: {@code [url, title, weightedTitleLength]} per page, sorted by URL;</li>
 *   <li>{@code sections}: {@code [pageIndex, anchor, heading, text, weightedLength]};</li>
 *   <li>{@code terms}: every term (of titles too), sorted; {@code postings[i]}: for {@code terms[i]} a flat array
 *       {@code [section, weightedFrequency, sectionGap, weightedFrequency, ...]}: sections ascending,
 *       each after the first written as the gap from the previous one (smaller once gzipped).
 *       A heading term counts {@value #HEADING_WEIGHT} times;</li>
 *   <li>{@code titles}: term → {@code [page, weightedFrequency, ...]} for the terms of page titles,
 *       counted {@value #TITLE_WEIGHT} times. Titles rank pages but do not choose the section a
 *       result links to;</li>
 *   <li>{@code headings}: term → the pages (ascending) with that term in a section heading; like a title
 *       match, a heading match ranks a page above pages that only mention the term in their text;</li>
 *   <li>{@code synonyms}: per glossary term the query terms of each of its spellings
 *       (Korean, English, aliases), so a query in one language also searches the other.</li>
 * </ul>
 */
public final class SearchIndexWriter {

  /** Where the site generator writes {@link #script()}, relative to the output root. */
  public static final String SCRIPT_PATH = "assets/search/search.js";

  static final int TITLE_WEIGHT = 4;
  static final int HEADING_WEIGHT = 2;
  private static final Map<String, String> INDEX_PATHS = Map.of(
      "ko", "search/index.json", "en", "en/search/index.json");
  private static final Map<String, String> ROOTS = Map.of("ko", "../", "en", "../../");
  /** Leaves the stream open: whoever opened it closes it. */
  private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer()
      .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  /** Compiled once: String.replaceAll compiles its pattern on every call, for every section of every page. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The text with every run of white space made one space, and none at either end. */
  static String collapseWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  private SearchIndexWriter() {
  }

  /**
   * Builds the index of every language.
   *
   * @param documents the pages of both languages, in any order
   * @param glossary  the term pairs used to expand queries across languages
   * @return output-relative path → JSON text: {@code "search/index.json"} (Korean) and
   *     {@code "en/search/index.json"} (English); both are always present and the same input
   *     always gives the same bytes
   * @throws IllegalArgumentException if a document's language is neither {@code ko} nor {@code en}
   */
  public static SortedMap<String, String> write(List<SearchDocument> documents, Glossary glossary) {
    Objects.requireNonNull(documents, "documents");
    return writeAnalysed(documents.stream().map(AnalysedPage::of).toList(), glossary);
  }

  /**
   * Builds the index of every language from pages already analysed (see {@link AnalysedPage}); the same
   * result as {@link #write} on the documents they came from.
   */
  public static SortedMap<String, String> writeAnalysed(List<AnalysedPage> analysed, Glossary glossary) {
    SiteOutput.InMemory out = SiteOutput.inMemory();
    writeAnalysed(new ArrayList<>(analysed), glossary, out);
    SortedMap<String, String> texts = new TreeMap<>();
    out.files().forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return texts;
  }

  /**
   * Writes the index of every language to {@code out}, one language at a time and streamed, so that an index
   * never exists whole as text on the heap; the same bytes as {@link #writeAnalysed(List, Glossary)}. The pages
   * are taken out of {@code analysed}, which is left empty: a page the caller does not keep elsewhere is then
   * collected as soon as its terms are in the index, so the term counts of all pages and the index's postings
   * are not on the heap together.
   */
  public static void writeAnalysed(Collection<AnalysedPage> analysed, Glossary glossary, SiteOutput out) {
    writeAnalysed(analysed, glossary, List.of("ko", "en"), out, IndexMemo.NONE);
  }

  /**
   * Like {@link #writeAnalysed(Collection, Glossary, SiteOutput)} for the site's languages only (a Korean-only
   * site has no English index), taking a language's index from {@code memo} when its pages did not change.
   */
  public static void writeAnalysed(Collection<AnalysedPage> analysed, Glossary glossary, List<String> languages,
                                   SiteOutput out, IndexMemo memo) {
    List<Object> synonyms = synonyms(glossary == null ? Glossary.empty() : glossary);
    Map<String, AnalysedPage[]> byLanguage = new LinkedHashMap<>();
    for (String lang : languages) {
      byLanguage.put(lang, analysed.stream()
          .filter(page -> page.lang.equals(lang))
          .sorted(Comparator.comparing(page -> page.url))
          .toArray(AnalysedPage[]::new));
    }
    analysed.clear();
    for (String lang : languages) {
      AnalysedPage[] pages = byLanguage.remove(lang);
      String path = INDEX_PATHS.get(lang);
      memo.write(path, pages, out, sink -> sink.write(path,
          stream -> JSON_WRITER.writeValue(stream, index(lang, pages, synonyms))));
    }
  }

  static void checkLanguage(SearchDocument document) {
    if (!INDEX_PATHS.containsKey(document.lang())) {
      throw new IllegalArgumentException("search document " + document.url()
          + " has language '" + document.lang() + "'; expected 'ko' or 'en'");
    }
  }

  /** The browser search module (an ES module), to be written at {@link #SCRIPT_PATH}. */
  public static String script() {
    return BundledResources.text(SearchIndexWriter.class, "search.js");
  }

  /** The index of one language; each page is let go of ({@code pages[i] = null}) once it is in. */
  private static Map<String, Object> index(String lang, AnalysedPage[] pages, List<Object> synonyms) {
    List<Object> pageRows = new ArrayList<>();
    List<Object> sectionRows = new ArrayList<>();
    Map<String, Postings> unsortedPostings = new HashMap<>();
    TreeMap<String, Postings> titlePostings = new TreeMap<>();
    TreeMap<String, Postings> headingPages = new TreeMap<>();
    for (int i = 0; i < pages.length; i++) {
      AnalysedPage page = pages[i];
      pages[i] = null;
      int pageIndex = pageRows.size();
      pageRows.add(List.of(page.url, page.title, page.titleLength));
      post(pageIndex, page.titleFrequencies, titlePostings);
      for (AnalysedPage.Section section : page.sections) {
        post(sectionRows.size(), section.frequencies(), unsortedPostings);
        sectionRows.add(List.of(pageIndex, section.anchor(), section.heading(), section.text(), section.length()));
      }
      page.headingTerms.forEach(term -> headingPages.computeIfAbsent(term, t -> new Postings()).add(pageIndex));
    }
    titlePostings.keySet().forEach(term -> unsortedPostings.computeIfAbsent(term, t -> new Postings()));
    String[] terms = unsortedPostings.keySet().toArray(String[]::new);
    Arrays.sort(terms); // sorted in place: a sorted map of every term would be another large copy
    unsortedPostings.values().forEach(Postings::writeGaps);
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("v", 1);
    index.put("lang", lang);
    index.put("root", ROOTS.get(lang));
    index.put("pages", pageRows);
    index.put("sections", sectionRows);
    index.put("terms", Arrays.asList(terms));
    index.put("postings", inTermOrder(terms, unsortedPostings));
    index.put("titles", titlePostings);
    index.put("headings", headingPages);
    index.put("synonyms", synonyms);
    return index;
  }

  /** The postings of {@code terms}, in their order, as a view (no copy). */
  private static List<Postings> inTermOrder(String[] terms, Map<String, Postings> postings) {
    return new AbstractList<>() {
      @Override
      public Postings get(int i) {
        return postings.get(terms[i]);
      }

      @Override
      public int size() {
        return terms.length;
      }
    };
  }

  /**
   * A growing list of ints, without a boxed Integer per number (the postings of a large site are millions of
   * numbers), written to JSON as an array of numbers one list at a time.
   */
  static final class Postings {
    private int[] values = new int[4];
    private int size;
    private boolean gaps;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    /** Writes [section, frequency, ...] with each section after the first as the gap from the previous one. */
    void writeGaps() {
      gaps = true;
    }

    @JsonValue
    int[] json() {
      int[] out = Arrays.copyOf(values, size);
      for (int i = gaps ? out.length - 2 : 0; i >= 2; i -= 2) {
        out[i] = values[i] - values[i - 2];
      }
      return out;
    }
  }

  private static void post(int target, AnalysedPage.Frequencies frequencies, Map<String, Postings> postings) {
    frequencies.forEach((term, frequency) -> {
      Postings list = postings.computeIfAbsent(term, t -> new Postings());
      list.add(target);
      list.add(frequency);
    });
  }

  /** Per glossary term, the distinct query-term lists of its spellings; terms with one spelling are left out. */
  private static List<Object> synonyms(Glossary glossary) {
    List<Object> entries = new ArrayList<>();
    for (Glossary.Term term : glossary.terms()) {
      List<String> spellings = new ArrayList<>();
      spellings.add(term.ko());
      spellings.add(term.en());
      spellings.addAll(term.koAliases());
      spellings.addAll(term.enAliases());
      LinkedHashSet<List<String>> forms = new LinkedHashSet<>();
      for (String spelling : spellings) {
        List<String> tokens = List.copyOf(new LinkedHashSet<>(KoreanAnalyzer.queryTokens(spelling)));
        if (!tokens.isEmpty()) {
          forms.add(tokens);
        }
      }
      if (forms.size() > 1) {
        entries.add(new ArrayList<>(forms));
      }
    }
    return entries;
  }
}
