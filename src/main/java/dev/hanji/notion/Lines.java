package dev.hanji.notion;

import java.util.ArrayList;
import java.util.List;

/**
 * Repaired lines, each with the input line it comes from: repairs join and insert lines, and diagnostics on
 * the repaired text must still name the line the author wrote.
 */
final class Lines {
  private final List<String> text = new ArrayList<>();
  private final List<Integer> origins = new ArrayList<>();

  /** Appends a line that stands for input line {@code inputLine} (1-based). */
  void add(String line, int inputLine) {
    text.add(line);
    origins.add(inputLine);
  }

  /** Whether the last line written has text (so a block written next needs a blank line before it). */
  boolean endsWithText() {
    return !text.isEmpty() && !text.get(text.size() - 1).isBlank();
  }

  int size() {
    return text.size();
  }

  String get(int index) {
    return text.get(index);
  }

  int originOf(int index) {
    return origins.get(index);
  }

  List<String> text() {
    return text;
  }

  List<Integer> origins() {
    return origins;
  }
}
