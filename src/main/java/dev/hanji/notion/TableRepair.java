package dev.hanji.notion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins table rows whose cell runs over several lines (Notion writes the cell's line breaks
 * verbatim) into one GFM row, turning the cell's lines into inline HTML.
 */
final class TableRepair {
  private static final Pattern DELIMITER_ROW =
      Pattern.compile("^ *\\|? *:?-+:? *(\\| *:?-+:? *)*\\|? *$");

  private TableRepair() {
  }

  /**
   * When a table starts at {@code start}, copies it to {@code out} with multi-line rows joined
   * and returns the index of the first line after it; otherwise returns -1 and copies nothing.
   */
  static int copyTable(List<String> lines, int start, int firstLine, Lines out,
      List<Repaired.Repair> repairs) {
    if (!startsTable(lines, start)) {
      return -1;
    }
    out.add(lines.get(start), firstLine + start);
    out.add(lines.get(start + 1), firstLine + start + 1);
    int i = start + 2;
    while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
      int close = closingLine(lines, i);
      if (close < 0) {
        out.add(lines.get(i), firstLine + i);
        i++;
        continue;
      }
      out.add(joinRow(lines.subList(i, close + 1)), firstLine + i);
      repairs.add(new Repaired.Repair(firstLine + i,
          "table row continued over " + (close - i + 1) + " lines joined into one row"));
      i = close + 1;
    }
    return i;
  }

  /** Whether a table (a header row, then a delimiter row) starts at line {@code i}. */
  static boolean startsTable(List<String> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    String header = lines.get(i).strip();
    String delimiter = lines.get(i + 1);
    return MarkdownLines.indent(lines.get(i)) <= 3 && header.startsWith("|")
        && MarkdownLines.endsWithUnescapedPipe(header) && delimiter.contains("|")
        && DELIMITER_ROW.matcher(delimiter).matches();
  }

  /**
   * The line that closes the open row starting at {@code row}, or -1 when the row is complete
   * or nothing closes it before a blank line or another row.
   */
  private static int closingLine(List<String> lines, int row) {
    if (MarkdownLines.endsWithUnescapedPipe(lines.get(row))) {
      return -1;
    }
    for (int i = row + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("|")) {
        return -1;
      }
      if (MarkdownLines.endsWithUnescapedPipe(line)) {
        return i;
      }
    }
    return -1;
  }

  private static String joinRow(List<String> rowLines) {
    List<StringBuilder> cells = new ArrayList<>();
    StringBuilder current = null;
    for (int l = 0; l < rowLines.size(); l++) {
      String line = rowLines.get(l).strip();
      if (current != null) {
        current.append('\n');
      }
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == '\\' && c + 1 < line.length()) {
          appendTo(current, ch).append(line.charAt(++c));
        } else if (ch == '|') {
          current = new StringBuilder();
          cells.add(current);
        } else {
          appendTo(current, ch);
        }
      }
    }
    cells.remove(cells.size() - 1); // the empty text after the closing pipe
    StringBuilder row = new StringBuilder("|");
    for (StringBuilder cell : cells) {
      row.append(' ').append(CellContent.toInline(cell.toString())).append(" |");
    }
    return row.toString();
  }

  private static StringBuilder appendTo(StringBuilder cell, char ch) {
    if (cell == null) {
      throw new IllegalStateException("row text before its first pipe");
    }
    return cell.append(ch);
  }
}
