package dev.hanji.sources;

import dev.hanji.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the front matter values that become URLs ({@code slug}, {@code aliases}) and dates, and remembers on which
 * file line each top-level key is written, so that later stages can point at it.
 */
final class FrontMatterRules {
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[\"']?([A-Za-z][A-Za-z0-9_-]*)[\"']?\\s*:");
  /** One URL path segment a browser and GitHub Pages serve as written: letters, digits and {@code - _ . ~}. */
  private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{M}\\p{N}_~.-]+");

  private FrontMatterRules() {
  }

  /** Top-level key → file line, for YAML starting at file line {@code firstLine}. */
  static Map<String, Integer> keyLines(String yaml, int firstLine) {
    Map<String, Integer> lines = new TreeMap<>();
    List<String> all = yaml.lines().toList();
    for (int i = 0; i < all.size(); i++) {
      Matcher key = TOP_LEVEL_KEY.matcher(all.get(i));
      if (key.find()) {
        lines.putIfAbsent(key.group(1), firstLine + i);
      }
    }
    return lines;
  }

  /**
   * Reports a slug or alias that is not a clean site path, and returns the front matter with aliases in their
   * canonical form ({@code old/path/}, {@code ""} for the home page).
   */
  static FrontMatter check(FrontMatter frontMatter, Map<String, Integer> lines, String file,
                           Diagnostics diagnostics) {
    String slug = frontMatter.slug();
    if (slug != null && (!SEGMENT.matcher(slug).matches() || slug.equals(".") || slug.equals(".."))) {
      diagnostics.error(file, lines.getOrDefault("slug", 1), 1, "slug '" + slug + "' is not one URL path segment",
          "use letters, digits, '-', '_' or '.' only (no '/', spaces, '?', '#' or '..')");
    }
    List<String> aliases = new ArrayList<>();
    for (String alias : frontMatter.aliases()) {
      if (isNoteName(alias)) {
        continue; // Obsidian's aliases are other names of the note, not old URLs
      }
      String url = aliasPath(alias == null ? "" : alias);
      if (url == null) {
        diagnostics.error(file, lines.getOrDefault("aliases", 1), 1, "alias '" + alias + "' is not a path on this site",
            "write an old URL path of the site such as /old/path/ (segments of letters, digits, '-', '_' or '.')");
      } else {
        aliases.add(url);
      }
    }
    for (String permalink : frontMatter.permalinks()) {
      String url = aliasPath(permalink);
      if (url == null) {
        int line = lines.getOrDefault("permalink", lines.getOrDefault("url", 1));
        diagnostics.warning(file, line, 1, "permalink '" + permalink + "' is not a plain path; ignored",
            "the page is at its file's URL; write a plain old path such as /posts/my-note/ to redirect it here");
      } else {
        aliases.add(url);
      }
    }
    return new FrontMatter(frontMatter.title(), frontMatter.description(), frontMatter.weight(), slug,
        frontMatter.draft(), aliases, frontMatter.translationKey(), frontMatter.sourceHash(), frontMatter.toc(),
        dateOrNull(frontMatter.date(), "date", lines, file, diagnostics),
        dateOrNull(frontMatter.lastmod(), lines.containsKey("lastmod") ? "lastmod" : "last_modified_at", lines, file,
            diagnostics), List.of(), checkedTags(frontMatter.tags(), lines, file, diagnostics));
  }

  /**
   * A date as written, or null with a warning when it is not one: notes from other tools still build, without the
   * date.
   */
  private static String dateOrNull(String value, String key, Map<String, Integer> lines, String file,
                                   Diagnostics diagnostics) {
    if (value == null || PageDate.parse(value).isPresent()) {
      return value;
    }
    diagnostics.warning(file, lines.getOrDefault(key, 1), 1, key + " '" + value + "' is not a date; ignored",
        "write it as 2024-03-05, or 2024-03-05T10:00:00+09:00 with the time");
    return null;
  }

  /** The tags that can name a page of their own; each other one is an error at the {@code tags} line. */
  private static List<String> checkedTags(List<String> tags, Map<String, Integer> lines, String file,
                                          Diagnostics diagnostics) {
    List<String> usable = new ArrayList<>();
    for (String tag : tags) {
      if (TagNames.isUsable(tag)) {
        usable.add(tag);
      } else {
        int line = lines.getOrDefault("tags", lines.getOrDefault("categories", lines.getOrDefault("tag",
            lines.getOrDefault("category", 1))));
        diagnostics.error(file, line, 1, "tag '" + tag + "' cannot name a tag page",
            "write tags with letters, digits, '-', '_', '.', '/' or spaces (no '?', '#', '%' or '..' segments)");
      }
    }
    return usable;
  }

  /** {@code /old/path/index.html} → {@code old/path/}; null when it is not a plain path inside the site. */
  static String aliasPath(String alias) {
    String trimmed = alias.trim().replaceAll("^/+", "").replaceAll("/*(index\\.html)?$", "");
    if (trimmed.isEmpty()) {
      return "";
    }
    for (String segment : trimmed.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        return null;
      }
    }
    return trimmed + "/";
  }

  /** {@link #aliasPath}, empty when the alias is not a plain path inside the site. */
  static Optional<String> aliasUrl(String alias) {
    return Optional.ofNullable(aliasPath(alias));
  }

  /**
   * Whether an alias is a name, as Obsidian writes them ({@code 브로커 설정 메모}, {@code Broker tuning}), rather than
   * an old URL as Hugo writes them ({@code /old/path/}): no {@code /}, and a space or a letter outside ASCII.
   */
  private static boolean isNoteName(String alias) {
    return alias != null && alias.indexOf('/') < 0
        && alias.chars().anyMatch(c -> Character.isWhitespace(c) || (c > 127 && Character.isLetter(c)));
  }
}
