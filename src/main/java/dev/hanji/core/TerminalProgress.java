package dev.hanji.core;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Shows a running build on a terminal as one line redrawn in place ({@code rendering pages 812/2000}),
 * once the build has taken longer than a second, and clears the line at the end. Front ends use it only
 * when attached to a terminal ({@link #forConsole}); elsewhere a build prints just its summary.
 */
public final class TerminalProgress implements Progress, AutoCloseable {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream terminal;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private int width;

  TerminalProgress(PrintStream terminal, boolean enabled, LongSupplier clock) {
    this.terminal = terminal;
    this.enabled = enabled;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A progress line on {@code out} when the JVM runs in a terminal; silent otherwise. */
  public static TerminalProgress forConsole(PrintStream out) {
    return new TerminalProgress(out, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void report(String stage, int done, int total) {
    long now = clock.getAsLong();
    boolean stageEnd = total > 0 && done == total;
    if (!enabled || now - start < QUIET_NANOS || (now - lastDrawn < REDRAW_NANOS && !stageEnd)) {
      return;
    }
    lastDrawn = now;
    draw(total > 0 ? stage + " " + done + "/" + total : stage + " ...");
  }

  /** Clears the progress line, so the summary starts on a clean line. */
  @Override
  public synchronized void close() {
    if (width > 0) {
      draw("");
      terminal.print('\r');
      terminal.flush();
    }
  }

  private void draw(String line) {
    terminal.print('\r' + line + " ".repeat(Math.max(0, width - line.length())));
    terminal.flush();
    width = line.length();
  }
}
