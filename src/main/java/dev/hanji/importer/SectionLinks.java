package dev.hanji.importer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wiki links between the sections of an imported note: {@code [[설치]]} names the section that becomes
 * {@code install.md}, so it is written {@code [[install|설치]]}, which finds that page by file name and still shows
 * what the author wrote. Links to anything else are left as written.
 */
final class SectionLinks {
  private static final Pattern WIKI_LINK = Pattern.compile(
      "(!?)\\[\\[([^\\[\\]|#\\n]+)(#[^\\[\\]|\\n]*)?(\\|[^\\[\\]\\n]*)?\\]\\]");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

  private final Map<String, String> slugByTitle;
  private boolean inFence;

  /** Links to the sections whose titles are the keys (compared ignoring case) go to the slugs. */
  SectionLinks(Map<String, String> slugByTitle) {
    this.slugByTitle = slugByTitle;
  }

  /** One line of the note with its links to sections retargeted; lines of fenced code stay as written. */
  String retarget(String line) {
    if (FENCE.matcher(line).find()) {
      inFence = !inFence;
      return line;
    }
    if (inFence || !line.contains("[[")) {
      return line;
    }
    Matcher link = WIKI_LINK.matcher(line);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String title = link.group(2).strip();
      String slug = slugByTitle.get(title.toLowerCase(Locale.ROOT));
      String replacement = link.group();
      if (slug != null && link.group(1).isEmpty()) {
        String heading = link.group(3) == null ? "" : link.group(3);
        String label = link.group(4) == null ? "|" + title : link.group(4);
        replacement = "[[" + slug + heading + label + "]]";
      }
      link.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    link.appendTail(out);
    return out.toString();
  }
}
