package dev.hanji.core;

import dev.hanji.diagnostics.Diagnostic;
import java.util.function.Supplier;

/**
 * A failure no stage reports as a diagnostic of its own — a bug, a file that vanished mid-build, a page too large
 * for the heap — caught where the build knows which file it was working on ({@link #guard}) and carried to the top
 * of the build, where {@link #diagnosticOf} turns it into the one {@link Diagnostic} a user sees instead of a
 * stack trace.
 */
final class UnexpectedFailure extends RuntimeException {
  private final transient Diagnostic diagnostic;

  private UnexpectedFailure(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.toString(), cause);
    this.diagnostic = diagnostic;
  }

  /**
   * Runs the work on one file; whatever it throws unexpectedly leaves as a failure naming that file.
   *
   * @param file the file printed in the diagnostic
   * @param line its line, 1 for a source file, 0 for a file the build makes
   */
  static <T> T guard(String file, int line, Supplier<T> work) {
    try {
      return work.get();
    } catch (UnexpectedFailure e) {
      throw e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw new UnexpectedFailure(Diagnostic.unexpected(file, line, "this page", e), e);
    }
  }

  /**
   * The diagnostic for a failure that reached the top of a build: the one {@link #guard} made, naming its file,
   * or else one at {@code fallbackFile}, about the whole site.
   */
  static Diagnostic diagnosticOf(Throwable failure, String fallbackFile) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnexpectedFailure known) {
        return known.diagnostic;
      }
    }
    return Diagnostic.unexpected(fallbackFile, 0, "the site", failure);
  }
}
