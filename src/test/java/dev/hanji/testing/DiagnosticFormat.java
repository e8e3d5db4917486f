package dev.hanji.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.Diagnostic;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The one diagnostic format every build error and warning follows:
 * {@code file:line:column: error|warning: what is wrong — how to fix}, on one line.
 */
public final class DiagnosticFormat {
  /** File, optional line and column, severity, a message and a hint after an em dash. */
  public static final Pattern FORMAT = Pattern.compile(
      "[^\\s:][^:\\n]*(?::[1-9]\\d*(?::[1-9]\\d*)?)?: (?:error|warning): [^\\n]+ — [^\\n]*\\S[^\\n]*");

  private DiagnosticFormat() {
  }

  /** Asserts that a diagnostic names a file, says what is wrong and how to fix it, in the one format. */
  public static void assertWellFormed(Diagnostic diagnostic) {
    String shown = diagnostic.toString();
    assertTrue(diagnostic.file() != null && !diagnostic.file().isBlank(), () -> "no file: " + shown);
    assertFalse(diagnostic.message().isBlank(), () -> "no message: " + shown);
    assertFalse(diagnostic.hint().isBlank(), () -> "no hint: " + shown);
    assertTrue(FORMAT.matcher(shown).matches(), () -> "not in the diagnostic format: " + shown);
  }

  /** Asserts {@link #assertWellFormed} for each, and that a content file's diagnostic has a line. */
  public static void assertAllWellFormed(Collection<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      assertWellFormed(diagnostic);
      if (diagnostic.file().startsWith("content/") && diagnostic.file().endsWith(".md")) {
        assertTrue(diagnostic.line() > 0, () -> "no line for a Markdown file: " + diagnostic);
      }
    }
  }
}
