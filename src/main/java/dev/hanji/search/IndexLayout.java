package dev.hanji.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one language's index lives: a manifest ({@code search/index.json}), the term shards
 * ({@code search/terms/N.json}) and one data file per page ({@code search/docs/N.json}). The file names depend on
 * the number of pages only, so a preview build can name every file before it makes any of them.
 *
 * @param lang      {@code "ko"} or {@code "en"}
 * @param pageCount the language's pages
 */
record IndexLayout(String lang, int pageCount) {
  /**
   * About this many pages' worth of postings go into one shard: a Korean shard is then 15–25 KB, and a query
   * reads, per term, its postings and little else.
   */
  static final int PAGES_PER_SHARD = 8;
  private static final Map<String, String> FOLDERS = Map.of("ko", "search/", "en", "en/search/");

  static boolean knows(String lang) {
    return FOLDERS.containsKey(lang);
  }

  /** The site root relative to the manifest. */
  String root() {
    return "../".repeat((int) folder().chars().filter(c -> c == '/').count());
  }

  String manifest() {
    return folder() + "index.json";
  }

  int shardCount() {
    return Math.max(1, (pageCount + PAGES_PER_SHARD - 1) / PAGES_PER_SHARD);
  }

  String shard(int shard) {
    return folder() + "terms/" + shard + ".json";
  }

  String doc(int page) {
    return folder() + "docs/" + page + ".json";
  }

  /** Every file of the index, the manifest first. */
  List<String> paths() {
    List<String> paths = new ArrayList<>(1 + shardCount() + pageCount);
    paths.add(manifest());
    for (int shard = 0; shard < shardCount(); shard++) {
      paths.add(shard(shard));
    }
    for (int page = 0; page < pageCount; page++) {
      paths.add(doc(page));
    }
    return paths;
  }

  private String folder() {
    return FOLDERS.get(lang);
  }
}
