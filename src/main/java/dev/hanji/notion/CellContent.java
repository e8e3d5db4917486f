package dev.hanji.notion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a multi-line table cell into one line of inline content: list lines become
 * an inline {@code <ul>}/{@code <ol>}, other lines are joined with {@code <br>}. The items keep
 * their Markdown, which Flexmark still parses as inline content between the HTML tags.
 */
final class CellContent {
  private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,9}[.)]\\s+(.*)$");

  private CellContent() {
  }

  static String toInline(String cell) {
    StringBuilder out = new StringBuilder();
    String openList = null;
    List<String> pendingText = new ArrayList<>();
    for (String raw : cell.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String listTag = listTag(line);
      if (listTag == null) {
        openList = closeList(out, openList);
        pendingText.add(line);
        continue;
      }
      flushText(out, pendingText);
      if (!listTag.equals(openList)) {
        closeList(out, openList);
        out.append('<').append(listTag).append('>');
        openList = listTag;
      }
      out.append("<li>").append(itemText(line)).append("</li>");
    }
    closeList(out, openList);
    flushText(out, pendingText);
    return out.toString();
  }

  private static String listTag(String line) {
    if (BULLET.matcher(line).matches()) {
      return "ul";
    }
    return NUMBERED.matcher(line).matches() ? "ol" : null;
  }

  private static String itemText(String line) {
    Matcher bullet = BULLET.matcher(line);
    if (bullet.matches()) {
      return bullet.group(1);
    }
    Matcher numbered = NUMBERED.matcher(line);
    numbered.matches();
    return numbered.group(1);
  }

  private static String closeList(StringBuilder out, String openList) {
    if (openList != null) {
      out.append("</").append(openList).append('>');
    }
    return null;
  }

  private static void flushText(StringBuilder out, List<String> text) {
    if (text.isEmpty()) {
      return;
    }
    if (out.length() > 0 && !out.toString().endsWith(">")) {
      out.append("<br>");
    }
    out.append(String.join("<br>", text));
    text.clear();
  }
}
