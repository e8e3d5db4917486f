package dev.hanji.notion;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises bullet markers line by line: pasted bullet glyphs become {@code -}, and an item
 * whose marker differs from the item directly above it at the same indent takes that marker.
 * Tracks, per indent, the marker of the bullet list that is still open there.
 */
final class BulletMarkers {
  private static final String GLYPHS = "•◦▪‣●";
  private static final Pattern GLYPH_ITEM = Pattern.compile("^( *)[" + GLYPHS + "]( +\\S.*)$");

  private final TreeMap<Integer, Character> openLists = new TreeMap<>();
  private boolean previousBlank = true;

  /** Returns the line with its marker normalised, recording any change. */
  String normalise(String line, int lineNumber, List<Repaired.Repair> repairs) {
    if (line.isBlank()) {
      previousBlank = true;
      return line;
    }
    String result = replaceGlyph(line, lineNumber, repairs);
    int indent = MarkdownLines.indent(result);
    boolean item = MarkdownLines.mayBeListItem(result);
    if (MarkdownLines.isThematicBreak(result) || item && MarkdownLines.ORDERED_ITEM.matcher(result).matches()) {
      openLists.tailMap(indent, true).clear();
    } else if (item && MarkdownLines.BULLET_ITEM.matcher(result).matches()) {
      result = continueList(result, indent, lineNumber, repairs);
    } else if (previousBlank) {
      openLists.tailMap(indent - 1, true).clear();
    }
    previousBlank = false;
    return result;
  }

  /** Forgets every open list: used after a block the lists cannot continue across. */
  void reset() {
    openLists.clear();
    previousBlank = true;
  }

  private String replaceGlyph(String line, int lineNumber, List<Repaired.Repair> repairs) {
    if (GLYPHS.indexOf(MarkdownLines.firstNonSpace(line)) < 0) {
      return line;
    }
    Matcher glyph = GLYPH_ITEM.matcher(line);
    if (!glyph.matches()) {
      return line;
    }
    repairs.add(new Repaired.Repair(lineNumber, "bullet '" + line.strip().charAt(0) + "' changed to '-'"));
    return glyph.group(1) + "-" + glyph.group(2);
  }

  private String continueList(String line, int indent, int lineNumber, List<Repaired.Repair> repairs) {
    char marker = line.charAt(indent);
    openLists.tailMap(indent, false).clear();
    Character open = openLists.get(indent);
    if (open == null || open == marker || previousBlank) {
      openLists.put(indent, marker);
      return line;
    }
    repairs.add(new Repaired.Repair(lineNumber,
        "list marker '" + marker + "' changed to '" + open + "' to continue the list above"));
    return line.substring(0, indent) + open + line.substring(indent + 1);
  }
}
