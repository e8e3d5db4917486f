package dev.hanji.markdown;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GFM's "disallowed raw HTML" extension (tagfilter): in raw HTML, the {@code <} of the tags whose content HTML
 * parses as plain text ({@code <title>}, {@code <textarea>}, {@code <style>}, {@code <xmp>}, {@code <iframe>},
 * {@code <noembed>}, {@code <noframes>}, {@code <script>}, {@code <plaintext>}) becomes {@code &lt;}, so the tag
 * shows as text. Without it an unclosed {@code <title>} in a note turned the rest of the page into text.
 */
final class GfmTagFilter {
  private static final Pattern DISALLOWED = Pattern.compile(
      "<(/?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext))(?=[\\s/>]|$)",
      Pattern.CASE_INSENSITIVE);

  private GfmTagFilter() {
  }

  /** Raw HTML with the disallowed tags escaped. */
  static String filter(String rawHtml) {
    return DISALLOWED.matcher(rawHtml).replaceAll("&lt;$1");
  }

  /** The disallowed tags in raw HTML, each once, as {@code <name>}. */
  static Set<String> disallowedTags(String rawHtml) {
    Set<String> tags = new LinkedHashSet<>();
    Matcher matcher = DISALLOWED.matcher(rawHtml);
    while (matcher.find()) {
      tags.add("<" + matcher.group(1).replace("/", "").toLowerCase(Locale.ROOT) + ">");
    }
    return tags;
  }
}
