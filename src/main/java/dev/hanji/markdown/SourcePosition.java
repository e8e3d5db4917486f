package dev.hanji.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hanji.notion.Repaired;

/**
 * A node's place in its source file: Flexmark counts lines from the start of the repaired body; the Notion
 * repair may have joined or inserted lines, and the file has the front matter above the body.
 *
 * @param line   1-based file line
 * @param column 1-based column
 */
record SourcePosition(int line, int column) {
  /** The repair the parsed text came from, to map its lines back to the body the author wrote. */
  static final NullableDataKey<Repaired> REPAIRED = new NullableDataKey<>("HANJI_REPAIRED");

  static SourcePosition of(Node node, int bodyLine) {
    BasedSequence chars = node.getChars();
    BasedSequence base = chars.getBaseSequence();
    int offset = chars.getStartOffset();
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    Repaired repaired = REPAIRED.get(node.getDocument());
    int parsedLine = node.getStartLineNumber() + 1;
    int bodyLineOfNode = repaired == null ? parsedLine : repaired.inputLine(parsedLine);
    return new SourcePosition(bodyLine + bodyLineOfNode - 1, offset - lineStart + 1);
  }
}
