package dev.hanji.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The terminal progress line: silent for a quick build, then one redrawn line, cleared at the end. */
class TerminalProgressTest {
  private static final long MS = 1_000_000L;
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private TerminalProgress progress(boolean terminal) {
    return new TerminalProgress(new PrintStream(bytes, true, UTF_8), terminal, now::get);
  }

  @Test
  void staysSilentDuringTheFirstSecond() {
    try (TerminalProgress progress = progress(true)) {
      now.set(900 * MS);
      progress.report("rendering pages", 10, 20);
    }
    assertEquals("", bytes.toString(UTF_8));
  }

  @Test
  void redrawsOneLineWithStageAndCountThenClearsIt() {
    try (TerminalProgress progress = progress(true)) {
      now.set(1500 * MS);
      progress.report("rendering pages", 812, 2000);
      now.set(1550 * MS);
      progress.report("rendering pages", 813, 2000);
      now.set(1700 * MS);
      progress.report("checking links", 0, 0);
    }
    String first = "rendering pages 812/2000";
    String second = "checking links ...";
    String padding = " ".repeat(first.length() - second.length());
    assertEquals("\r" + first + "\r" + second + padding + "\r" + " ".repeat(second.length()) + "\r",
        bytes.toString(UTF_8), "the 813 redraw came too soon and was skipped");
  }

  @Test
  void printsNothingWhenNotOnATerminal() {
    try (TerminalProgress progress = progress(false)) {
      now.set(5000 * MS);
      progress.report("rendering pages", 1, 2);
    }
    assertEquals("", bytes.toString(UTF_8));
  }
}
