package dev.hanji.maven;

import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.core.SiteGenerator;
import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.diagnostics.Diagnostic;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code site:generate} in a JVM of its own ({@link dev.hanji.core.QuickJvm}): builds with the options the goal
 * passed ({@link BuildOptions#toArguments()}) and prints what the goal logs, one line each, led by the level the
 * goal logs it at ({@code INFO}, {@code WARNING}, {@code ERROR}). Exits with 0 when the site was written, 1 when the
 * build failed. It uses no Maven class: Maven's own classes are not on its class path.
 */
public final class ForkedGenerate {
  static final String INFO = "INFO ";
  static final String WARNING = "WARNING ";
  static final String ERROR = "ERROR ";

  private ForkedGenerate() {
  }

  /** Builds the site; {@code args} are the options' arguments. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.exit(generate(BuildOptions.fromArguments(List.of(args)), out));
  }

  static int generate(BuildOptions options, PrintStream out) {
    try {
      BuildResult result = SiteGenerator.generate(options);
      result.summary().forEach(line -> out.println(INFO + line));
      out.println(INFO + "site written to " + options.outputDir());
      return 0;
    } catch (BuildFailedException e) {
      for (Diagnostic diagnostic : e.diagnostics()) { // one line each: a diagnostic escapes its line breaks
        out.println((diagnostic.isError() ? ERROR : WARNING) + diagnostic);
      }
      return 1;
    }
  }
}
