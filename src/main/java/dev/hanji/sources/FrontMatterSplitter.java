package dev.hanji.sources;

import dev.hanji.diagnostics.Diagnostics;
import java.util.Map;
import java.util.Optional;

/** Splits a normalised page into its YAML front matter (between {@code ---} lines) and Markdown body. */
final class FrontMatterSplitter {
  private static final String FENCE = "---";

  private FrontMatterSplitter() {
  }

  static Optional<SourceFile> split(String lang, String path, String display, String text, Diagnostics diagnostics) {
    if (!text.startsWith(FENCE + "\n")) {
      return Optional.of(new SourceFile(lang, path, display, FrontMatter.none(), text, 1, Map.of()));
    }
    int close = findClosingFence(text);
    if (close < 0) {
      diagnostics.error(display, 1, 1, "front matter is not closed",
          "end the YAML block with a line holding only ---");
      return Optional.empty();
    }
    String yaml = text.substring(FENCE.length() + 1, close);
    int afterFence = text.indexOf('\n', close);
    String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
    int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
    Map<String, Integer> keyLines = FrontMatterRules.keyLines(yaml, 2);
    return YamlReader.readTolerant(yaml, FrontMatter.class, FrontMatter.OTHER_TOOLS_KEYS, display, 2, diagnostics)
        .map(frontMatter -> FrontMatterRules.check(frontMatter, keyLines, display, diagnostics))
        .map(frontMatter -> new SourceFile(lang, path, display, frontMatter, body, bodyLine, keyLines));
  }

  /** Offset of the closing {@code ---} line, or -1. */
  private static int findClosingFence(String text) {
    int lineStart = FENCE.length() + 1;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
      if (line.stripTrailing().equals(FENCE)) {
        return lineStart;
      }
      if (lineEnd < 0) {
        return -1;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }
}
