package dev.hanji.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found while building: where it is ({@code file:line:column}), what is wrong and
 * how to fix it. Diagnostics are collected, never thrown one by one, and printed once by a front end.
 *
 * @param severity whether the build fails because of it
 * @param file     the source file, relative to the project directory where possible; may be null
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong
 * @param hint     how to fix it; may be empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message, String hint)
    implements Comparable<Diagnostic> {

  /** Whether a diagnostic stops the build. */
  public enum Severity { ERROR, WARNING }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    message = oneLine(Objects.requireNonNull(message, "message"));
    hint = hint == null ? "" : oneLine(hint);
  }

  /** An error at a position in a file. */
  public static Diagnostic error(String file, int line, int column, String message, String hint) {
    return new Diagnostic(Severity.ERROR, file, line, column, message, hint);
  }

  /** A warning at a position in a file. */
  public static Diagnostic warning(String file, int line, int column, String message, String hint) {
    return new Diagnostic(Severity.WARNING, file, line, column, message, hint);
  }

  /**
   * Line breaks and other control characters shown as escapes: a diagnostic is one line, whatever text from
   * the sources it quotes.
   */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** A path printed with forward slashes, as diagnostics show it on every platform. */
  public static String display(Path path) {
    return path == null ? null : path.toString().replace('\\', '/');
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: message — hint}, the one format every front end prints. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (file != null) {
      out.append(file);
      if (line > 0) {
        out.append(':').append(line);
        if (column > 0) {
          out.append(':').append(column);
        }
      }
      out.append(": ");
    }
    out.append(isError() ? "error: " : "warning: ").append(message);
    if (!hint.isEmpty()) {
      out.append(" — ").append(hint);
    }
    return out.toString();
  }

  @Override
  public int compareTo(Diagnostic other) {
    int byFile = String.valueOf(file).compareTo(String.valueOf(other.file));
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
