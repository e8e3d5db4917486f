package dev.hanji.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tag names as people write them: {@code tags: [카프카, 운영]}, {@code tags: kafka ops} (Jekyll),
 * {@code tags: "kafka, ops"}, {@code #카프카} (Obsidian). A tag is kept as written, NFC, without its {@code #}.
 */
public final class TagNames {
  /** What may appear in a tag: it becomes a path segment (or, with {@code /}, several) of its page's URL. */
  private static final Pattern USABLE = Pattern.compile("[\\p{L}\\p{M}\\p{N}_.\\- /]+");

  private TagNames() {
  }

  /**
   * The tags of front matter values (each null, a string or a list), in order, each once.
   */
  public static List<String> of(Object... values) {
    Set<String> tags = new LinkedHashSet<>();
    for (Object value : values) {
      for (String name : names(value)) {
        String tag = normalise(name);
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
      }
    }
    return List.copyOf(tags);
  }

  /** The URL of the page listing a language's tags, relative to its language's folder. */
  public static final String INDEX_URL = "tags/";

  /** The URL of a tag's page, relative to its language's folder ({@code tags/카프카/}). */
  public static String pageUrl(String tag) {
    return INDEX_URL + tag + "/";
  }

  /** A tag as stored: NFC, trimmed, without a leading {@code #}. */
  public static String normalise(String written) {
    String tag = Normalizer.normalize(written.strip(), Normalizer.Form.NFC);
    return tag.startsWith("#") ? tag.substring(1).strip() : tag;
  }

  /** Whether a tag can name a page: letters, digits, {@code - _ . /} and spaces, no empty, . or .. segment. */
  public static boolean isUsable(String tag) {
    if (!USABLE.matcher(tag).matches() || tag.startsWith("/") || tag.endsWith("/")) {
      return false;
    }
    for (String segment : tag.split("/", -1)) {
      if (segment.isBlank() || segment.strip().equals(".") || segment.strip().equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static List<String> names(Object value) {
    List<String> names = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.stream().filter(item -> item != null).forEach(item -> names.add(String.valueOf(item)));
    } else if (value != null) {
      String text = String.valueOf(value);
      names.addAll(List.of(text.contains(",") ? text.split(",") : text.strip().split("\\s+")));
    }
    return names;
  }
}
