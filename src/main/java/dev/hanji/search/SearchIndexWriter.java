package dev.hanji.search;

import dev.hanji.files.BundledResources;
import dev.hanji.sources.Glossary;
import dev.hanji.files.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes the search index of each language and provides the browser script that reads it.
 *
 * <p>The index is split so that a query downloads only what it needs (format version {@code v} = 2; all files
 * JSON; {@code search/} for Korean, {@code en/search/} for English):
 * <ul>
 *   <li>{@code index.json}, the manifest: {@code root} (the site root relative to it), {@code lengths} (each
 *       page's weighted length for BM25, pages numbered in URL order), {@code shards} (the first term of each
 *       shard after the first; terms are cut into shards in sorted order, so a prefix reads neighbouring
 *       shards only) and {@code synonyms} (per glossary term the query terms of each of its spellings, so a
 *       query in one language also searches the other);</li>
 *   <li>{@code terms/N.json}, a shard: {@code terms} (sorted), {@code postings[i]} for {@code terms[i]} a flat
 *       array {@code [page, weightedFrequency, pageGap, weightedFrequency, ...]} (pages ascending, each after
 *       the first written as the gap from the previous one; a heading term counts {@value #HEADING_WEIGHT}
 *       times), {@code titles}: term → the pages with it in their title, {@code headings}: term → the pages
 *       with it in a section heading (title and heading matches rank a page above pages that only mention the
 *       term);</li>
 *   <li>{@code docs/N.json}, one per page: {@code [url, title, [[anchor, heading, text], ...]]}, read only for
 *       the results shown; the browser chooses the section to link to and the snippet from this text.</li>
 * </ul>
 * There is one shard per {@value IndexLayout#PAGES_PER_SHARD} pages (at least one), so the file names depend
 * only on the number of pages.
 */
public final class SearchIndexWriter {

  /** Where the site generator writes {@link #script()}, relative to the output root. */
  public static final String SCRIPT_PATH = "assets/search/search.js";

  static final int TITLE_WEIGHT = 4;
  static final int HEADING_WEIGHT = 2;

  /**
   * The text with every run of white space made one space, and none at either end. Runs are ASCII white space
   * (regex {@code \s}); the ends are trimmed as {@link String#strip()} does. A loop rather than a regex: it runs for
   * every section of every page; text that is already collapsed, as most is, comes back as it is.
   */
  static String collapseWhitespace(String text) {
    return collapseWhitespace(text, text.toCharArray(), text.length());
  }

  /**
   * {@link #collapseWhitespace(String)} of {@code text}, whose characters are {@code chars[0, length)}: collapses
   * them in place, so that the result's characters start the array, and returns {@code text} itself if it needs no
   * change.
   */
  static String collapseWhitespace(String text, char[] chars, int length) {
    int start = 0;
    int end = length;
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    int firstChange = firstUncollapsed(chars, start, end);
    if (start == 0 && end == length && firstChange == end) {
      return text;
    }
    return new String(chars, 0, collapse(chars, start, firstChange, end));
  }

  /**
   * Where the first white space that collapsing changes is in {@code chars[start, end)}, which starts and ends with
   * other characters: one that is not a space, or follows one.
   */
  private static int firstUncollapsed(char[] chars, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c <= ' ' && isAsciiSpace(c) && (c != ' ' || isAsciiSpace(chars[i + 1]))) {
        return i;
      }
    }
    return end;
  }

  /**
   * Moves {@code chars[start, end)} to the start of the array, collapsing its white space from {@code firstChange}
   * on; returns the collapsed length.
   */
  private static int collapse(char[] chars, int start, int firstChange, int end) {
    System.arraycopy(chars, start, chars, 0, firstChange - start);
    int length = firstChange - start;
    boolean inRun = false;
    for (int i = firstChange; i < end; i++) {
      char c = chars[i];
      boolean space = isAsciiSpace(c);
      if (!space) {
        chars[length++] = c;
      } else if (!inRun) {
        chars[length++] = ' ';
      }
      inRun = space;
    }
    return length;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private SearchIndexWriter() {
  }

  /**
   * Builds the index of every language.
   *
   * @param documents the pages of both languages, in any order
   * @param glossary  the term pairs used to expand queries across languages
   * @return output-relative path → JSON text: every file of both indexes, the manifests at
   *     {@code "search/index.json"} (Korean) and {@code "en/search/index.json"} (English); both are always
   *     present and the same input always gives the same bytes
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
   * Writes the index of every language to {@code out}, one language at a time, each page's data as soon as
   * its terms are posted; the same bytes as {@link #writeAnalysed(List, Glossary)}. The pages
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
      List<String> paths = new IndexLayout(lang, pages.length).paths();
      memo.write(paths, pages, out, sink -> LanguageIndex.write(lang, pages, synonyms, sink));
    }
  }

  /**
   * Every file {@link #writeAnalysed(Collection, Glossary, List, SiteOutput, IndexMemo)} writes for these pages and
   * languages, known before it writes any: the file names depend on the number of pages only.
   */
  public static List<String> indexPaths(Collection<AnalysedPage> analysed, List<String> languages) {
    List<String> paths = new ArrayList<>();
    for (String lang : languages) {
      int pages = (int) analysed.stream().filter(page -> page.lang.equals(lang)).count();
      paths.addAll(new IndexLayout(lang, pages).paths());
    }
    return paths;
  }

  static void checkLanguage(SearchDocument document) {
    if (!IndexLayout.knows(document.lang())) {
      throw new IllegalArgumentException("search document " + document.url()
          + " has language '" + document.lang() + "'; expected 'ko' or 'en'");
    }
  }

  /** The browser search module (an ES module), to be written at {@link #SCRIPT_PATH}. */
  public static String script() {
    return BundledResources.text(SearchIndexWriter.class, "search.js");
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
