package dev.hanji.notion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns Notion toggles (a list item whose more-indented children start with a heading) into
 * {@code <details>} blocks whose children are ordinary, recursively repaired Markdown.
 */
final class ToggleRepair {
  private ToggleRepair() {
  }

  /**
   * When a toggle starts at {@code start}, writes its {@code <details>} block to {@code out} and
   * returns the index of the first line after it; otherwise returns -1 and writes nothing.
   */
  static int copyToggle(List<String> lines, int start, int firstLine, Lines out,
      List<Repaired.Repair> repairs) {
    Matcher item = MarkdownLines.LIST_ITEM.matcher(lines.get(start));
    if (!item.matches()) {
      return -1;
    }
    int itemIndent = item.group(1).length();
    int firstChild = firstNonBlank(lines, start + 1);
    if (firstChild < 0 || MarkdownLines.indent(lines.get(firstChild)) <= itemIndent
        || MarkdownLines.headingText(lines.get(firstChild).strip()) == null) {
      return -1;
    }
    int container = containerColumn(lines, start, itemIndent);
    if (itemIndent - container > 3) {
      return -1; // indented code, not a list item
    }
    int lastChild = lastChild(lines, firstChild, itemIndent);
    List<String> children = dedent(lines.subList(start + 1, lastChild + 1));
    repairs.add(new Repaired.Repair(firstLine + start,
        "toggle '" + item.group(4).strip() + "' turned into a <details> block"));
    Lines body = new BlockRepairer(repairs, true).repair(children, firstLine + start + 1);
    String indent = " ".repeat(container);
    writeDetails(out, indent, SummaryHtml.of(item.group(4).strip()), body, firstLine + start,
        firstLine + lastChild);
    int next = lastChild + 1;
    if (next < lines.size() && !lines.get(next).isBlank()) {
      out.add("", firstLine + next);
    }
    return next;
  }

  /**
   * The content column of the list item that contains the toggle's item, or 0 at top level: the
   * {@code <details>} block must stay inside that item, and an HTML block is not a container, so
   * any deeper indentation would turn its children into indented code.
   */
  private static int containerColumn(List<String> lines, int item, int itemIndent) {
    for (int i = item - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.isBlank() || MarkdownLines.indent(line) >= itemIndent) {
        continue;
      }
      Matcher parent = MarkdownLines.LIST_ITEM.matcher(line);
      if (parent.matches()) {
        int column = parent.group(1).length() + parent.group(2).length() + parent.group(3).length();
        if (column <= itemIndent) {
          return column;
        }
      }
      if (MarkdownLines.indent(line) == 0 && !parent.matches()) {
        return 0;
      }
    }
    return 0;
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** The last non-blank line of the block of lines indented deeper than the item. */
  private static int lastChild(List<String> lines, int firstChild, int itemIndent) {
    int last = firstChild;
    for (int i = firstChild; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (MarkdownLines.indent(line) <= itemIndent) {
        break;
      }
      last = i;
    }
    return last;
  }

  private static List<String> dedent(List<String> children) {
    int common = children.stream().filter(l -> !l.isBlank())
        .mapToInt(MarkdownLines::indent).min().orElse(0);
    List<String> out = new ArrayList<>(children.size());
    for (String line : children) {
      out.add(line.isBlank() ? "" : line.substring(common));
    }
    return out;
  }

  /** Writes the block; its wrapper lines stand for the item line ({@code itemLine}) and the last child line. */
  private static void writeDetails(Lines out, String indent, String summaryHtml, Lines body, int itemLine,
      int lastLine) {
    if (out.endsWithText()) {
      out.add("", itemLine);
    }
    out.add(indent + "<details>", itemLine);
    out.add(indent + "<summary>" + summaryHtml + "</summary>", itemLine);
    out.add("", itemLine);
    int from = firstNonBlank(body.text(), 0);
    int to = body.size();
    while (to > 0 && body.get(to - 1).isBlank()) {
      to--;
    }
    for (int i = Math.max(from, 0); i < to; i++) {
      String line = body.get(i);
      out.add(line.isBlank() ? "" : indent + line, body.originOf(i));
    }
    out.add("", lastLine);
    out.add(indent + "</details>", lastLine);
  }
}
