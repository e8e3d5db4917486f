package dev.hanji.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.hanji.files.SiteOutput;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private static final ObjectWriter JSON_WRITER = new ObjectMapper().writer();

  private final IndexLayout layout;
  private final SiteOutput out;
  private final int[] lengths;
  private final Map<String, Postings> text = new HashMap<>();
  private final Map<String, Postings> titles = new HashMap<>();
  private final Map<String, Postings> headings = new HashMap<>();
  private final JsonBytes json = new JsonBytes();

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
  private byte[] doc(AnalysedPage analysed) {
    json.reset();
    json.open('[').string(analysed.url).string(analysed.title).open('[');
    for (AnalysedPage.Section section : analysed.sections) {
      json.open('[').string(section.anchor()).string(section.heading()).string(section.text()).close(']');
    }
    return json.close(']').close(']').toBytes();
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
    json.reset();
    json.open('{').key("terms").open('[');
    terms.forEach(json::string);
    json.close(']').key("postings").open('[');
    terms.forEach(term -> text.remove(term).writeGaps(json));
    json.close(']').key("titles");
    pagesByTerm(terms, titles);
    json.key("headings");
    pagesByTerm(terms, headings);
    return json.close('}').toBytes();
  }

  /** The terms that have pages in {@code postings}, in order, as an object: term → its pages. */
  private void pagesByTerm(List<String> terms, Map<String, Postings> postings) {
    json.open('{');
    for (String term : terms) {
      Postings pages = postings.remove(term);
      if (pages != null) {
        json.key(term);
        pages.write(json);
      }
    }
    json.close('}');
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

    /** Writes the values as an array: for titles and headings, the pages, ascending. */
    void write(JsonBytes json) {
      json.open('[');
      for (int i = 0; i < size; i++) {
        json.number(values[i]);
      }
      json.close(']');
    }

    /**
     * Writes {@code [page, count, ...]} with each page after the first written as the gap from the previous one.
     */
    void writeGaps(JsonBytes json) {
      json.open('[');
      for (int i = 0; i < size; i += 2) {
        json.number(i == 0 ? values[0] : values[i] - values[i - 2]).number(values[i + 1]);
      }
      json.close(']');
    }
  }

  /**
   * Compact JSON built in a reusable byte buffer, byte for byte as Jackson's default writer writes the same values
   * (it wrote the index before): UTF-8; quote and backslash escaped with a backslash; backspace, tab, newline, form
   * feed and carriage return as their short escapes; other control characters and every surrogate as six-character
   * Unicode escapes in upper-case hex; nothing else escaped. A comma goes before every value or key that does not
   * open its array or object, so callers write values only. Written straight from the pages and postings, without
   * the lists and sorted maps Jackson needed as input, and strings read from a char array rather than char by char.
   */
  static final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[4096];
    private int size;
    private char[] chars = new char[256];

    /** Empties the buffer for the next file. */
    void reset() {
      size = 0;
    }

    /** The JSON written since {@link #reset()}. */
    byte[] toBytes() {
      return Arrays.copyOf(bytes, size);
    }

    /** Opens an array ({@code '['}) or an object ({@code '{'}). */
    JsonBytes open(char bracket) {
      separate();
      put((byte) bracket);
      return this;
    }

    /** Closes an array ({@code ']'}) or an object ({@code '}'}). */
    JsonBytes close(char bracket) {
      ensure(1);
      put((byte) bracket);
      return this;
    }

    /** Writes an object's key; its value comes next. */
    JsonBytes key(String key) {
      string(key);
      ensure(1);
      put((byte) ':');
      return this;
    }

    JsonBytes number(int value) {
      separate();
      ensure(11);
      if (value >= 0 && value < 10) { // most gaps and counts
        put((byte) ('0' + value));
        return this;
      }
      long rest = value;
      if (rest < 0) {
        put((byte) '-');
        rest = -rest;
      }
      int end = size + digits(rest);
      for (int at = end - 1; at >= size; at--) {
        bytes[at] = (byte) ('0' + rest % 10);
        rest /= 10;
      }
      size = end;
      return this;
    }

    JsonBytes string(String value) {
      separate();
      int length = value.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      value.getChars(0, length, chars, 0);
      ensure(length * 6 + 2);
      put((byte) '"');
      for (int i = 0; i < length; i++) {
        putChar(chars[i]);
      }
      put((byte) '"');
      return this;
    }

    /** One character as UTF-8 or escaped; the buffer has room. The common cases first, in locals. */
    private void putChar(char c) {
      byte[] out = bytes;
      int at = size;
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        out[at] = (byte) c;
        size = at + 1;
      } else if (c >= 0x800 && !Character.isSurrogate(c)) {
        out[at] = (byte) (0xE0 | c >> 12);
        out[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at + 2] = (byte) (0x80 | c & 0x3F);
        size = at + 3;
      } else if (c >= 0x80 && c < 0x800) {
        out[at] = (byte) (0xC0 | c >> 6);
        out[at + 1] = (byte) (0x80 | c & 0x3F);
        size = at + 2;
      } else if (c < 0x80) {
        putEscaped(c);
      } else {
        putUnicodeEscape(c);
      }
    }

    private void putEscaped(char c) {
      char shortForm = switch (c) {
        case '"' -> '"';
        case '\\' -> '\\';
        case '\b' -> 'b';
        case '\t' -> 't';
        case '\n' -> 'n';
        case '\f' -> 'f';
        case '\r' -> 'r';
        default -> 0;
      };
      if (shortForm == 0) {
        putUnicodeEscape(c);
      } else {
        put((byte) '\\');
        put((byte) shortForm);
      }
    }

    private void putUnicodeEscape(char c) {
      put((byte) '\\');
      put((byte) 'u');
      for (int shift = 12; shift >= 0; shift -= 4) {
        put(HEX[c >> shift & 0xF]);
      }
    }

    /** A comma unless the value opens its array or object or follows its key. */
    private void separate() {
      ensure(1);
      if (size > 0) {
        byte last = bytes[size - 1];
        if (last != '[' && last != '{' && last != ':') {
          put((byte) ',');
        }
      }
    }

    private static int digits(long value) {
      int digits = 1;
      for (long rest = value / 10; rest > 0; rest /= 10) {
        digits++;
      }
      return digits;
    }

    private void put(byte b) {
      bytes[size++] = b;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }
}
