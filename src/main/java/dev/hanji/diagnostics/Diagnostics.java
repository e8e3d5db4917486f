package dev.hanji.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the {@link Diagnostic}s of one build. Thread-safe, so pages rendered in parallel
 * can report into the same collector; {@link #all()} returns them in a stable order.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  /** Records a diagnostic. */
  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** Records an error at a position. */
  public void error(String file, int line, int column, String message, String hint) {
    add(Diagnostic.error(file, line, column, message, hint));
  }

  /** Records a warning at a position. */
  public void warning(String file, int line, int column, String message, String hint) {
    add(Diagnostic.warning(file, line, column, message, hint));
  }

  /** Adds everything another collector holds. */
  public void addAll(Diagnostics other) {
    other.all().forEach(this::add);
  }

  /** Every diagnostic so far, sorted by file, line and column. */
  public List<Diagnostic> all() {
    synchronized (items) {
      List<Diagnostic> copy = new ArrayList<>(items);
      Collections.sort(copy);
      return List.copyOf(copy);
    }
  }

  public List<Diagnostic> errors() {
    return all().stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return all().stream().filter(d -> !d.isError()).toList();
  }

  public boolean hasErrors() {
    synchronized (items) {
      return items.stream().anyMatch(Diagnostic::isError);
    }
  }
}
