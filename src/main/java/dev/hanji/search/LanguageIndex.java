package dev.hanji.search;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hanji.files.SiteOutput;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One language's index, written as it is made (see {@link SearchIndexWriter} for the format): each page's data
 * file as soon as the page is posted, then the term shards and the manifest.
 */
final class LanguageIndex {
  private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer();

  private final IndexLayout layout;
  private final SiteOutput out;
  private final int[] lengths;
  private final Map<String, Postings> text = new HashMap<>();
  private final Map<String, Postings> titles = new HashMap<>();
  private final Map<String, Postings> headings = new HashMap<>();

  private LanguageIndex(IndexLayout layout, SiteOutput out) {
    this.layout = layout;
    this.out = out;
    this.lengths = new int[layout.pageCount()];
  }

  /**
   * Writes the index of {@code pages} (one language, sorted by URL) to {@code out}; each page is let go of
   * ({@code pages[i] = null}) once it is in.
   */
  static void write(String lang, AnalysedPage[] pages, List<Object> synonyms, SiteOutput out) {
    LanguageIndex index = new LanguageIndex(new IndexLayout(lang, pages.length), out);
    for (int i = 0; i < pages.length; i++) {
      index.add(i, pages[i]);
      pages[i] = null;
    }
    List<String> boundaries = index.writeShards();
    index.writeManifest(boundaries, synonyms);
  }

  private void add(int page, AnalysedPage analysed) {
    List<Object> sections = new ArrayList<>(analysed.sections.size());
    for (AnalysedPage.Section section : analysed.sections) {
      sections.add(List.of(section.anchor(), section.heading(), section.text()));
    }
    lengths[page] = analysed.length;
    analysed.frequencies.forEach((term, count) -> postings(text, term).add(page, count));
    analysed.titleTerms.forEach(term -> postings(titles, term).add(page));
    analysed.headingTerms.forEach(term -> postings(headings, term).add(page));
    out.write(layout.doc(page), json(List.of(analysed.url, analysed.title, sections)));
  }

  private static Postings postings(Map<String, Postings> map, String term) {
    return map.computeIfAbsent(term, t -> new Postings());
  }

  /**
   * Cuts the sorted terms into {@link IndexLayout#shardCount()} runs of about the same size and writes them.
   *
   * @return the first term of every shard after the first ({@code ""} for a shard left empty)
   */
  private List<String> writeShards() {
    titles.keySet().forEach(term -> postings(text, term));
    String[] terms = text.keySet().toArray(String[]::new);
    Arrays.sort(terms); // in place: a sorted map of every term would be another large copy
    int[] shardOf = ShardCuts.assign(terms, this::size, layout.shardCount());
    List<String> boundaries = new ArrayList<>();
    int from = 0;
    for (int shard = 0; shard < layout.shardCount(); shard++) {
      int to = from;
      while (to < terms.length && shardOf[to] == shard) {
        to++;
      }
      if (shard > 0) {
        boundaries.add(from < to ? terms[from] : "");
      }
      out.write(layout.shard(shard), json(shard(Arrays.asList(terms).subList(from, to))));
      from = to;
    }
    return boundaries;
  }

  /** A term's weight in a shard: its numbers and its spelling. */
  private int size(String term) {
    return text.get(term).size() + sizeOf(titles.get(term)) + sizeOf(headings.get(term)) + term.length() + 4;
  }

  private static int sizeOf(Postings postings) {
    return postings == null ? 0 : postings.size();
  }

  private Map<String, Object> shard(List<String> terms) {
    Map<String, Object> titleRows = new TreeMap<>();
    Map<String, Object> headingRows = new TreeMap<>();
    List<Object> textRows = new ArrayList<>(terms.size());
    for (String term : terms) {
      textRows.add(text.remove(term).gaps());
      putIfPresent(titleRows, term, titles.remove(term));
      putIfPresent(headingRows, term, headings.remove(term));
    }
    Map<String, Object> shard = new LinkedHashMap<>();
    shard.put("terms", terms);
    shard.put("postings", textRows);
    shard.put("titles", titleRows);
    shard.put("headings", headingRows);
    return shard;
  }

  private static void putIfPresent(Map<String, Object> rows, String term, Postings postings) {
    if (postings != null) {
      rows.put(term, postings);
    }
  }

  private void writeManifest(List<String> boundaries, List<Object> synonyms) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("v", 2);
    manifest.put("lang", layout.lang());
    manifest.put("root", layout.root());
    manifest.put("lengths", lengths);
    manifest.put("shards", boundaries);
    manifest.put("synonyms", synonyms);
    out.write(layout.manifest(), json(manifest));
  }

  private static byte[] json(Object value) {
    try {
      return JSON_WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A growing list of ints, without a boxed Integer per number (the postings of a large site are millions of
   * numbers), written to JSON as an array of numbers.
   */
  static final class Postings {
    private int[] values = new int[2];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void add(int page, int count) {
      add(page);
      add(count);
    }

    int size() {
      return size;
    }

    /** The pages, ascending. */
    @JsonValue
    int[] values() {
      return Arrays.copyOf(values, size);
    }

    /** [page, count, ...] with each page after the first written as the gap from the previous one. */
    int[] gaps() {
      int[] gaps = values();
      for (int i = gaps.length - 2; i >= 2; i -= 2) {
        gaps[i] = values[i] - values[i - 2];
      }
      return gaps;
    }
  }
}
