package dev.hanji.notion;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link NotionMarkdown#repair(String)}: the clean Markdown and what was changed to get it.
 *
 * @param text    the repaired Markdown (LF line endings, NFC); equal to the input when nothing needed repair
 * @param repairs what was repaired, in input line order; empty when the input was already clean
 * @param origins for each line of {@code text}, the input line (1-based) it comes from; empty when lines
 *                did not move
 */
public record Repaired(String text, List<Repair> repairs, List<Integer> origins) {

  public Repaired {
    Objects.requireNonNull(text, "text");
    repairs = List.copyOf(repairs);
    origins = List.copyOf(origins);
  }

  /** The input line (1-based) that line {@code outputLine} (1-based) of the repaired text comes from. */
  public int inputLine(int outputLine) {
    if (origins.isEmpty()) {
      return outputLine;
    }
    return origins.get(Math.max(0, Math.min(outputLine, origins.size()) - 1));
  }

  /** Whether the input needed no repair at all. */
  public boolean unchanged() {
    return repairs.isEmpty();
  }

  /**
   * One repair, for reporting.
   *
   * @param line 1-based line of the input where the repaired construct starts
   * @param what what was repaired, in a few words
   */
  public record Repair(int line, String what) {
    @Override
    public String toString() {
      return "line " + line + ": " + what;
    }
  }
}
