package dev.hanji.search;

import dev.hanji.model.Glossary;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Placeholder until the search stage lands. */
public final class SearchIndexWriter {
  public static final String SCRIPT_PATH = "assets/search/search.js";

  public static SortedMap<String, String> write(List<SearchDocument> documents, Glossary glossary) {
    return new TreeMap<>();
  }

  public static String script() {
    return "";
  }
}
