package dev.hanji.notion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Line-level recognisers shared by the repair passes. */
final class MarkdownLines {
  /** A list item: indent, marker, spacing, text. */
  static final Pattern LIST_ITEM = Pattern.compile("^( *)([-*+]|\\d{1,9}[.)])( +)(\\S.*)$");
  static final Pattern BULLET_ITEM = Pattern.compile("^( *)([-*+])( +\\S.*|[ \\t]*)$");
  static final Pattern ORDERED_ITEM = Pattern.compile("^( *)\\d{1,9}[.)]( .*|[ \\t]*)$");
  static final Pattern ATX_HEADING = Pattern.compile("^( {0,3})(#{1,6})(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*$");
  static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");

  private MarkdownLines() {
  }

  /** Number of leading spaces; a tab ends the count (Notion exports spaces only). */
  static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * The first character after the leading spaces, or 0 for a blank line. Most lines of a note are text: checking
   * this character first spares them the regular expressions of the line kinds they cannot be.
   */
  static char firstNonSpace(String line) {
    int indent = indent(line);
    return indent < line.length() ? line.charAt(indent) : 0;
  }

  /** Whether a line may be a list item: its first character after spaces is a bullet marker or a digit. */
  static boolean mayBeListItem(String line) {
    char first = firstNonSpace(line);
    return first == '-' || first == '*' || first == '+' || (first >= '0' && first <= '9');
  }

  /** The text of an ATX heading line, or null when the line is not one. */
  static String headingText(String line) {
    if (firstNonSpace(line) != '#') {
      return null;
    }
    Matcher m = ATX_HEADING.matcher(line);
    if (!m.matches()) {
      return null;
    }
    return m.group(3) == null ? "" : m.group(3).strip();
  }

  static boolean isThematicBreak(String line) {
    char first = firstNonSpace(line);
    return (first == '-' || first == '*' || first == '_') && THEMATIC_BREAK.matcher(line).matches();
  }

  /** Whether the line, trailing spaces aside, ends with a {@code |} that is not backslash-escaped. */
  static boolean endsWithUnescapedPipe(String line) {
    String s = line.stripTrailing();
    if (!s.endsWith("|")) {
      return false;
    }
    int backslashes = 0;
    for (int i = s.length() - 2; i >= 0 && s.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }
}
