package dev.hanji.notion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Repairs the quirks of Notion-style Markdown exports so that Flexmark (CommonMark + GFM tables)
 * renders them as the author saw them in Notion.
 *
 * <p><b>Why a pre-parse pass and not a Flexmark extension.</b> The quirks break the block
 * structure before any parser rule can see them: a table cell that runs over several lines is,
 * for a CommonMark parser, a table that ends, a bullet list and a paragraph; a toggle is a list
 * item whose children happen to start with a heading. A Flexmark extension would have to replace
 * the table and list block parsers and re-implement their continuation rules. A line-level pass
 * that rewrites only the recognised constructs into plain CommonMark (joined table rows, an
 * HTML {@code <details>} block) is small, testable on its own, leaves every other line byte for
 * byte as it was, and its output is ordinary Markdown that any tool can read and that the
 * importer can write to disk.
 *
 * <p>What is repaired:
 * <ul>
 *   <li><b>Multi-line table cells</b>: in a table whose header ends with {@code |}, a row that
 *       lacks its closing {@code |} and is continued by following lines up to one ending in
 *       {@code |} is joined into one row. Lines of the cell that start with {@code - }, {@code * },
 *       {@code + } or {@code 1. } become an inline {@code <ul>}/{@code <ol>} list in the cell (GFM
 *       cells cannot hold block lists); other lines are joined with {@code <br>}. Leading spaces
 *       before the {@code |} of such rows are dropped.</li>
 *   <li><b>Toggles</b>: a list item followed by more-indented content whose first line is an ATX
 *       heading becomes {@code <details><summary>item</summary>…</details>}, the children
 *       de-indented and repaired recursively, with blank lines around them so they are parsed as
 *       Markdown. Headings inside a toggle become bold paragraphs ({@code **text**}): the toggle is
 *       a collapsed aside, so its headings must not enter the page outline, the table of contents
 *       or the heading order. Nested toggles become nested {@code <details>}.</li>
 *   <li><b>Rules after a hard break</b>: a {@code ---} line directly under a paragraph line that
 *       ends with Notion's two-space line break gets a blank line before it, so it stays a rule
 *       instead of turning the paragraph into a setext heading. A paragraph line without the
 *       two trailing spaces followed by {@code ---} is a valid setext heading and is left alone.
 *       Notion's other stray two-space breaks (at the end of a paragraph, or on whitespace-only
 *       lines) already render as meant, so they are kept.</li>
 *   <li><b>Mixed list markers</b>: bullet glyphs pasted from other tools ({@code •}, {@code ◦},
 *       {@code ▪}, {@code ‣}, {@code ●}) become {@code -}; an item whose marker ({@code -*+})
 *       differs from the item directly above it at the same indent takes that item's marker, so
 *       the list continues instead of starting a new one.</li>
 *   <li><b>Line endings and Hangul</b>: CRLF and CR become LF; decomposed (NFD) Hangul is
 *       composed (NFC).</li>
 * </ul>
 *
 * <p>Input that has none of these quirks is returned unchanged, byte for byte. The constructs
 * that valid CommonMark shares with the quirks are few and deliberate: a list item whose
 * indented content starts with a heading becomes a toggle, and a bullet list whose marker
 * changes between adjacent items is merged into one list (CommonMark would start a new list).
 */
public final class NotionMarkdown {

  private NotionMarkdown() {
  }

  /**
   * Repairs Notion-export quirks into clean Markdown; valid CommonMark passes through byte-identical.
   *
   * @param markdown the exported note (any line endings, NFC or NFD)
   * @return the repaired text and the list of repairs with input line numbers
   */
  public static Repaired repair(String markdown) {
    List<Repaired.Repair> repairs = new ArrayList<>();
    String text = normaliseLineEndings(markdown, repairs);
    text = composeHangul(text, repairs);
    List<String> lines = List.of(text.split("\n", -1));
    Lines repaired = new BlockRepairer(repairs, false).repair(lines, 1);
    if (repairs.isEmpty()) {
      return new Repaired(markdown, List.of(), List.of());
    }
    repairs.sort(Comparator.comparingInt(Repaired.Repair::line));
    return new Repaired(String.join("\n", repaired.text()), repairs, repaired.origins());
  }

  private static String normaliseLineEndings(String text, List<Repaired.Repair> repairs) {
    int firstCr = text.indexOf('\r');
    if (firstCr < 0) {
      return text;
    }
    int line = 1 + (int) text.substring(0, firstCr).chars().filter(c -> c == '\n').count();
    repairs.add(new Repaired.Repair(line, "CRLF/CR line endings changed to LF"));
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String composeHangul(String text, List<Repaired.Repair> repairs) {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!Normalizer.isNormalized(lines[i], Normalizer.Form.NFC)) {
        repairs.add(new Repaired.Repair(i + 1, "decomposed (NFD) text composed to NFC"));
        break;
      }
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
