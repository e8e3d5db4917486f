package dev.hanji.notion;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An open fenced code block: the passes copy its lines untouched until it closes. */
final class Fence {
  private static final Pattern OPENING = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

  private final char marker;
  private final int length;

  private Fence(char marker, int length) {
    this.marker = marker;
    this.length = length;
  }

  /** The fence this line opens, or null. */
  static Fence openedBy(String line) {
    char first = MarkdownLines.firstNonSpace(line);
    if (first != '`' && first != '~') {
      return null;
    }
    Matcher m = OPENING.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String run = m.group(1);
    if (run.charAt(0) == '`' && m.group(2).indexOf('`') >= 0) {
      return null;
    }
    return new Fence(run.charAt(0), run.length());
  }

  boolean isClosedBy(String line) {
    String s = line.strip();
    if (MarkdownLines.indent(line) > 3 || s.length() < length) {
      return false;
    }
    return s.chars().allMatch(c -> c == marker);
  }
}
