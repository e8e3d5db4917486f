package dev.hanji.notion;

import java.util.List;

/**
 * The line-by-line pass behind {@link NotionMarkdown#repair(String)}: copies lines, skipping
 * fenced code, and hands each recognised quirk to its repair. One instance per block of lines
 * (the page, or the children of one toggle).
 */
final class BlockRepairer {
  private final List<Repaired.Repair> repairs;
  private final boolean insideToggle;
  private final BulletMarkers bullets = new BulletMarkers();

  BlockRepairer(List<Repaired.Repair> repairs, boolean insideToggle) {
    this.repairs = repairs;
    this.insideToggle = insideToggle;
  }

  /**
   * Repairs {@code lines}, whose first line is line {@code firstLine} of the input.
   *
   * @return the repaired lines
   */
  Lines repair(List<String> lines, int firstLine) {
    Lines out = new Lines();
    Fence fence = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (fence != null) {
        out.add(line, firstLine + i);
        fence = fence.isClosedBy(line) ? null : fence;
        i++;
        continue;
      }
      fence = Fence.openedBy(line);
      if (fence != null) {
        bullets.reset();
        out.add(line, firstLine + i);
        i++;
        continue;
      }
      separateTableFromParagraph(lines, i, firstLine + i, out);
      int next = TableRepair.copyTable(lines, i, firstLine, out, repairs);
      if (next < 0) {
        next = ToggleRepair.copyToggle(lines, i, firstLine, out, repairs);
      }
      if (next >= 0) {
        bullets.reset();
        i = next;
        continue;
      }
      copyLine(lines, i, firstLine + i, out);
      i++;
    }
    return out;
  }

  private void copyLine(List<String> lines, int i, int lineNumber, Lines out) {
    String line = lines.get(i);
    String heading = insideToggle ? MarkdownLines.headingText(line) : null;
    if (heading != null) {
      writeBoldParagraph(lines, i, lineNumber, heading, out);
      bullets.reset();
      return;
    }
    if (isRuleUnderHardBreak(lines, i)) {
      out.add("", lineNumber);
      repairs.add(new Repaired.Repair(lineNumber,
          "blank line inserted so '---' stays a rule instead of making the line above a heading"));
    }
    out.add(bullets.normalise(line, lineNumber, repairs), lineNumber);
  }

  /**
   * A table written right under a paragraph line: GitHub lets a table interrupt a paragraph, Flexmark only
   * finds a table at the start of one, and would print the whole table as text.
   */
  private void separateTableFromParagraph(List<String> lines, int i, int lineNumber, Lines out) {
    if (i > 0 && out.endsWithText() && isParagraphText(lines.get(i - 1)) && TableRepair.startsTable(lines, i)) {
      out.add("", lineNumber);
      repairs.add(new Repaired.Repair(lineNumber,
          "blank line inserted so the table under a paragraph line is a table"));
    }
  }

  /** A heading inside a toggle: a bold paragraph, so it never enters the page outline. */
  private void writeBoldParagraph(List<String> lines, int i, int lineNumber, String heading,
      Lines out) {
    if (out.endsWithText()) {
      out.add("", lineNumber);
    }
    String indent = " ".repeat(MarkdownLines.indent(lines.get(i)));
    boolean alreadyBold = heading.startsWith("**") && heading.endsWith("**") && heading.length() > 4;
    if (!heading.isEmpty()) {
      out.add(indent + (alreadyBold ? heading : "**" + heading + "**"), lineNumber);
    }
    if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
      out.add("", lineNumber);
    }
    repairs.add(new Repaired.Repair(lineNumber, "heading inside a toggle rendered as a bold paragraph"));
  }

  /**
   * A {@code ---} line right under a paragraph line ending in Notion's two-space break: Notion
   * means a rule there, while CommonMark would read a setext heading.
   */
  private static boolean isRuleUnderHardBreak(List<String> lines, int i) {
    if (i == 0 || !lines.get(i).strip().equals("---") || MarkdownLines.indent(lines.get(i)) > 3) {
      return false;
    }
    String above = lines.get(i - 1);
    return !above.isBlank() && above.endsWith("  ") && isParagraphText(above);
  }

  private static boolean isParagraphText(String line) {
    String s = line.strip();
    return MarkdownLines.indent(line) <= 3
        && !(MarkdownLines.mayBeListItem(line) && MarkdownLines.LIST_ITEM.matcher(line).matches())
        && MarkdownLines.headingText(line) == null
        && !MarkdownLines.isThematicBreak(line)
        && !s.startsWith("|") && !s.startsWith(">") && !s.startsWith("<")
        && Fence.openedBy(line) == null;
  }
}
