package dev.hanji.model;

import dev.hanji.files.SitePaths;
import dev.hanji.sources.SourceFile;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder's {@code SUMMARY.md}, as GitBook and mdBook write it: a list of links to the book's pages, in reading
 * order, each with the title it shows ({@code * [설치](install/README.md)}, nested by indentation, parts under
 * {@code #} headings). It orders the navigation of its folder and the folders below, and titles pages that have no
 * title of their own. It is not a page itself unless another page links to it.
 */
final class BookSummary {
  /** A Markdown link on a list line or a line of its own: {@code [title](target)} or {@code [title](<target>)}. */
  private static final Pattern ENTRY = Pattern.compile(
      "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*(<[^>]*>|[^)\\s]+)[^)]*\\)");

  private BookSummary() {
  }

  /**
   * One page of the summary.
   *
   * @param order its place in the summary, from 0
   * @param title the title the summary shows for it
   */
  record Entry(int order, String title) {
  }

  /** Whether a source file is a book summary. */
  static boolean isSummary(SourceFile source) {
    return source.baseName().equalsIgnoreCase("summary");
  }

  /** The pages a summary lists, by their source path in the language folder, in the summary's order. */
  static Map<String, Entry> entries(SourceFile summary) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (String line : summary.body().lines().toList()) {
      Matcher entry = ENTRY.matcher(line);
      if (!entry.find()) {
        continue;
      }
      String path = targetPath(summary.folder(), entry.group(2));
      if (path != null) {
        entries.putIfAbsent(path, new Entry(entries.size(), entry.group(1).replaceAll("\\\\(.)", "$1").strip()));
      }
    }
    return entries;
  }

  /** The source path a summary link names, or null for an external link or one to something else than a page. */
  private static String targetPath(String folder, String written) {
    String target = written.startsWith("<") ? written.substring(1, written.length() - 1) : written;
    target = target.replaceFirst("[#?].*$", "");
    if (target.isEmpty() || SitePaths.isExternal(target) || !target.toLowerCase(Locale.ROOT).endsWith(".md")) {
      return null;
    }
    String decoded = Normalizer.normalize(SitePaths.decode(target), Normalizer.Form.NFC);
    return decoded.startsWith("/") ? SitePaths.resolve("", decoded) : SitePaths.resolve(folder, decoded);
  }

  /** Whether any other page's body links to the summary (then it is published as a page like any other). */
  static boolean isLinked(SourceFile summary, Iterable<SourceFile> others) {
    String name = summary.path().substring(summary.path().lastIndexOf('/') + 1);
    for (SourceFile other : others) {
      if (other != summary && other.body().contains(name)) {
        return true;
      }
    }
    return false;
  }
}
