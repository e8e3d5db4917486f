package dev.hanji.diagnostics;

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
   * The error for a failure no stage expected, so that a user sees what broke and where instead of a stack trace:
   * running out of memory (with the heap to raise), a file that could not be read, or an internal error (with
   * where in Hanji it happened, to report it).
   *
   * @param file    the file being built when it happened
   * @param line    1 for a source file, 0 when there is no line to point at
   * @param subject what was being built: {@code this page}, {@code the site}
   * @param failure what was thrown
   */
  public static Diagnostic unexpected(String file, int line, String subject, Throwable failure) {
    int column = line > 0 ? 1 : 0;
    if (failure instanceof OutOfMemoryError) {
      return error(file, line, column, "ran out of memory while building " + subject,
          "raise the heap (MAVEN_OPTS=-Xmx2g for Maven, java -Xmx2g -jar for the CLI) or split the page into "
              + "smaller pages");
    }
    if (failure instanceof java.io.UncheckedIOException io) {
      return error(file, line, column, "could not read or write a file while building " + subject + ": "
          + io.getMessage(), "check that the file exists and is readable, then build again");
    }
    return error(file, line, column, "internal error while building " + subject + ": " + failure + whereIn(failure),
        "please report it with this message and the source that caused it; changing that source may work around it");
  }

  /** Where in Hanji's own code a failure was thrown, {@code  (at PageViewFactory.navigation:111)}, if known. */
  private static String whereIn(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.hanji.")) {
        String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        return " (at " + type + "." + frame.getMethodName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
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
