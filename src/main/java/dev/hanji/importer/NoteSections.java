package dev.hanji.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a note at its top-level sections: the ATX headings, at the start of a line and outside
 * fenced code, of the highest level the note uses. When that level has a single heading above deeper
 * ones, the heading is the note's own title and the note splits at the next level instead (a note that
 * starts {@code ## 카프카 클러스터} and goes on in {@code ###} sections gives a page per {@code ###}).
 * Text before the first such heading goes to the first section; a note without headings is one section
 * titled by its file name.
 */
final class NoteSections {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern NOTION_ID = Pattern.compile("\\s+[0-9a-f]{32}$");

  /**
   * One future page.
   *
   * @param title       the heading text, Markdown emphasis removed
   * @param body        the body lines, headings raised so the page's own sections are {@code ##}
   * @param lineNumbers the 1-based note line of each body line
   */
  record Section(String title, List<String> body, List<Integer> lineNumbers) {
  }

  private NoteSections() {
  }

  /**
   * The note's sections.
   *
   * @param splitLevel the heading level to split at (1 to 6), or 0 to choose it as described above
   */
  static List<Section> split(List<String> lines, String fileName, int splitLevel) {
    int top = splitLevel > 0 ? splitLevel : splitLevel(lines);
    List<Section> sections = new ArrayList<>();
    List<Integer> starts = top == 0 ? List.of() : headingLines(lines, top);
    if (starts.isEmpty()) {
      sections.add(new Section(titleFromFileName(fileName), lines, numbers(0, lines.size(), -1)));
      return sections;
    }
    int noteTitle = splitLevel > 0 ? -1 : noteTitleLine(lines, top);
    for (int s = 0; s < starts.size(); s++) {
      int start = starts.get(s);
      int bodyFrom = s == 0 ? 0 : start + 1;
      int bodyTo = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
      List<String> body = new ArrayList<>(lines.subList(bodyFrom, bodyTo));
      List<Integer> numbers = numbers(bodyFrom, bodyTo, start);
      if (s == 0) {
        body.remove(start - bodyFrom);
        if (noteTitle >= 0 && noteTitle < start) { // the note's own title heads no page of its own
          body.remove(noteTitle - bodyFrom);
          numbers.remove(Integer.valueOf(noteTitle + 1));
        }
      }
      sections.add(new Section(plainTitle(headingText(lines.get(start))), raiseHeadings(body, top), numbers));
    }
    return sections;
  }

  /** The highest heading level used, or the next one down when the highest holds only the note's title. */
  private static int splitLevel(List<String> lines) {
    int top = topLevel(lines, 1);
    if (top > 0 && headingLines(lines, top).size() == 1) {
      int next = topLevel(lines, top + 1);
      return next > 0 ? next : top;
    }
    return top;
  }

  /** The line of the single heading above the split level that titles the whole note, or -1. */
  private static int noteTitleLine(List<String> lines, int splitLevel) {
    int top = topLevel(lines, 1);
    return top > 0 && top < splitLevel ? headingLines(lines, top).get(0) : -1;
  }

  /** The 1-based line numbers of lines {@code from..to-1}, without line {@code skipped}. */
  private static List<Integer> numbers(int from, int to, int skipped) {
    List<Integer> numbers = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (i != skipped) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }

  /** The highest heading level from {@code from} down that the note uses, or 0. */
  private static int topLevel(List<String> lines, int from) {
    int top = 0;
    for (int level = from; level <= 6 && top == 0; level++) {
      if (!headingLines(lines, level).isEmpty()) {
        top = level;
      }
    }
    return top;
  }

  private static List<Integer> headingLines(List<String> lines, int level) {
    List<Integer> found = new ArrayList<>();
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
      } else if (!inFence && levelOf(line) == level) {
        found.add(i);
      }
    }
    return found;
  }

  private static int levelOf(String line) {
    Matcher m = HEADING.matcher(line);
    return m.matches() ? m.group(1).length() : 0;
  }

  private static String headingText(String line) {
    Matcher m = HEADING.matcher(line);
    m.matches();
    return m.group(2);
  }

  /**
   * Raises the body's unindented headings so the level under the top level becomes {@code ##}
   * (the page title is the page's {@code h1}). The first-section body may still contain the
   * note's preamble, whose headings are raised the same way.
   */
  private static List<String> raiseHeadings(List<String> body, int top) {
    List<String> out = new ArrayList<>(body.size());
    boolean inFence = false;
    for (String line : body) {
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
      }
      int level = inFence ? 0 : levelOf(line);
      out.add(level == 0 ? line : "#".repeat(Math.max(2, level - top + 1)) + line.substring(level));
    }
    return out;
  }

  static String plainTitle(String markdown) {
    return markdown.replace("**", "").replace("__", "").replace("`", "").strip();
  }

  private static String titleFromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    return NOTION_ID.matcher(base).replaceFirst("").strip();
  }
}
