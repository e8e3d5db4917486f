package dev.hanji.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A node's place in its source file: Flexmark counts lines from the start of the body, the file has the
 * front matter above it.
 *
 * @param line   1-based file line
 * @param column 1-based column
 */
record SourcePosition(int line, int column) {

  static SourcePosition of(Node node, int bodyLine) {
    BasedSequence chars = node.getChars();
    BasedSequence base = chars.getBaseSequence();
    int offset = chars.getStartOffset();
    int lineStart = offset;
    while (lineStart > 0 && base.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    return new SourcePosition(bodyLine + node.getStartLineNumber(), offset - lineStart + 1);
  }
}
