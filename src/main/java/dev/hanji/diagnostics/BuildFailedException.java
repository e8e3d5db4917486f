package dev.hanji.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a build stage when it found errors it cannot build past. It carries every error
 * found, so the front end can list them all at once.
 */
public final class BuildFailedException extends Exception {
  private final transient List<Diagnostic> diagnostics;

  public BuildFailedException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::toString)
        .collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Errors and warnings of the failed build, sorted by place. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
