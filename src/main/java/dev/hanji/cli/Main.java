package dev.hanji.cli;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.core.BuildResult;
import dev.hanji.diagnostics.Diagnostic;
import dev.hanji.core.NoteImport;
import dev.hanji.core.SiteGenerator;
import dev.hanji.core.SiteInit;
import dev.hanji.core.TerminalProgress;
import dev.hanji.serve.PreviewServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-alone command line: {@code java -jar target/hanji-cli.jar generate|serve|import [options]} and
 * {@code init DIR [options]}. It fills the same
 * {@link BuildOptions} as the Maven goals and calls the same core. Exit codes: 0 success, 1 build errors,
 * 2 usage errors.
 */
public final class Main {
  static final int OK = 0;
  static final int BUILD_FAILED = 1;
  static final int USAGE = 2;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its code; {@code generate} runs in a JVM of its own (QuickStartJvm). */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(QuickStartJvm.wanted(args) ? QuickStartJvm.run(args) : new Main(System.out, System.err).run(args));
  }

  int run(String[] args) {
    boolean asksForHelp = args.length > 0 && (args[0].equals("help") || List.of(args).contains("--help")
        || List.of(args).contains("-h"));
    if (args.length == 0 || asksForHelp) {
      out.print(CliOptions.usage());
      return args.length == 0 ? USAGE : OK;
    }
    if (args[0].equals("--version")) {
      out.println("hanji " + version());
      return OK;
    }
    BuildOptions options;
    try {
      options = CliOptions.parse(Path.of(System.getProperty("user.dir")), args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage() + " — run with --help for usage");
      return USAGE;
    }
    return switch (args[0]) {
      case "generate" -> generate(options);
      case "serve" -> serve(options);
      case "import" -> importNote(options);
      case "init" -> init(options);
      default -> {
        err.println("error: unknown command '" + args[0] + "' — use generate, serve, import or init, or --help");
        yield USAGE;
      }
    };
  }

  private int generate(BuildOptions options) {
    try {
      BuildResult result;
      try (TerminalProgress progress = TerminalProgress.forConsole(out)) {
        result = SiteGenerator.generate(options, progress);
      }
      result.summary().forEach(out::println);
      out.println("site written to " + options.outputDir());
      return OK;
    } catch (BuildFailedException e) {
      return failed(e, "build failed with %d error(s); the previous site was kept");
    }
  }

  /** Serves until Ctrl-C, or until the calling thread is interrupted (how tests stop it). */
  private int serve(BuildOptions options) {
    try (PreviewServer server = PreviewServer.start(options, PreviewServer.Console.of(out, err))) {
      server.awaitStop();
      return OK;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return BUILD_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OK;
    }
  }

  private int importNote(BuildOptions options) {
    try {
      NoteImport.run(options).forEach(out::println);
      return OK;
    } catch (BuildFailedException e) {
      return failed(e, "import failed with %d error(s); nothing was written");
    }
  }

  private int init(BuildOptions options) {
    try {
      SiteInit.run(options).forEach(out::println);
      return OK;
    } catch (BuildFailedException e) {
      return failed(e, "init failed with %d error(s); nothing was written");
    }
  }

  private int failed(BuildFailedException e, String summary) {
    e.diagnostics().forEach(err::println);
    err.println(String.format(summary, e.diagnostics().stream().filter(Diagnostic::isError).count()));
    return BUILD_FAILED;
  }

  private static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
