package dev.hanji.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hanji.files.SiteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's index, written as it is made (see {@link SearchIndexWriter} for the format): each page's data
 * file as soon as the page is posted, then the term shards and the manifest.
 */
final class LanguageIndex {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter JSON_WRITER = MAPPER.writer();
  private static final JsonFactory JSON_FACTORY = MAPPER.getFactory();

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
    lengths[page] = analysed.length;
    analysed.frequencies.forEach((term, count) -> postings(text, term).add(page, count));
    analysed.titleTerms.forEach(term -> postings(titles, term).add(page));
    analysed.headingTerms.forEach(term -> postings(headings, term).add(page));
    out.write(layout.doc(page), doc(analysed));
  }

  /** {@code [url, title, [[anchor, heading, text], ...]]}. */
  private static byte[] doc(AnalysedPage analysed) {
    return json(json -> {
      json.writeStartArray();
      json.writeString(analysed.url);
      json.writeString(analysed.title);
      json.writeStartArray();
      for (AnalysedPage.Section section : analysed.sections) {
        json.writeStartArray();
        json.writeString(section.anchor());
        json.writeString(section.heading());
        json.writeString(section.text());
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndArray();
    });
  }

  /** The term's postings, new if it has none: a plain look-up first, as most terms were met on an earlier page. */
  private static Postings postings(Map<String, Postings> map, String term) {
    Postings postings = map.get(term);
    if (postings == null) {
      postings = new Postings();
      map.put(term, postings);
    }
    return postings;
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
      out.write(layout.shard(shard), shard(Arrays.asList(terms).subList(from, to)));
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

  /**
   * {@code {"terms": [...], "postings": [...], "titles": {...}, "headings": {...}}}, each term's postings let go of
   * once written.
   */
  private byte[] shard(List<String> terms) {
    return json(json -> {
      json.writeStartObject();
      json.writeFieldName("terms");
      json.writeStartArray();
      for (String term : terms) {
        json.writeString(term);
      }
      json.writeEndArray();
      json.writeFieldName("postings");
      json.writeStartArray();
      for (String term : terms) {
        text.remove(term).writeGaps(json);
      }
      json.writeEndArray();
      json.writeFieldName("titles");
      pagesByTerm(terms, titles, json);
      json.writeFieldName("headings");
      pagesByTerm(terms, headings, json);
      json.writeEndObject();
    });
  }

  /** The terms that have pages in {@code postings}, in order, as an object: term → its pages. */
  private static void pagesByTerm(List<String> terms, Map<String, Postings> postings, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    for (String term : terms) {
      Postings pages = postings.remove(term);
      if (pages != null) {
        json.writeFieldName(term);
        pages.write(json);
      }
    }
    json.writeEndObject();
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

  /** What Jackson's streaming writer writes, straight from the postings: no lists or maps made for it. */
  private static byte[] json(JsonWriting writing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator json = JSON_FACTORY.createGenerator(bytes)) {
      writing.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One file's JSON, written with a generator. */
  private interface JsonWriting {
    void write(JsonGenerator json) throws IOException;
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

    /** Writes the values as an array: for titles and headings, the pages, ascending. */
    void write(JsonGenerator json) throws IOException {
      json.writeArray(values, 0, size);
    }

    /**
     * Writes {@code [page, count, ...]} with each page after the first written as the gap from the previous one.
     */
    void writeGaps(JsonGenerator json) throws IOException {
      json.writeStartArray();
      for (int i = 0; i < size; i += 2) {
        json.writeNumber(i == 0 ? values[0] : values[i] - values[i - 2]);
        json.writeNumber(values[i + 1]);
      }
      json.writeEndArray();
    }
  }
}
