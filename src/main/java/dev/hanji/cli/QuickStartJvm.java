package dev.hanji.cli;

import dev.hanji.core.QuickJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the CLI's {@code generate} in a JVM of its own ({@link QuickJvm}) when that suits the site: the same command
 * line, in a JVM that compiles with C1 only and maps the build's class-data archive. {@code serve}, {@code import}
 * and {@code init} run in this JVM.
 */
final class QuickStartJvm {
  private QuickStartJvm() {
  }

  /** Whether this command is {@code generate}, in a JVM whose JIT nobody chose and that no profiler watches. */
  static boolean wanted(String[] args, List<String> jvmArguments) {
    return args.length > 0 && args[0].equals("generate") && QuickJvm.leavesTheJitToUs(jvmArguments);
  }

  static boolean wanted(String[] args) {
    return wanted(args, QuickJvm.thisJvmArguments()) && isSmall(args);
  }

  private static boolean isSmall(String[] args) {
    try {
      Path content = CliOptions.parse(Path.of(System.getProperty("user.dir")), args).contentDir();
      return QuickJvm.hasFewerSources(content, QuickJvm.C2_FROM_SOURCES);
    } catch (IllegalArgumentException e) {
      return false; // the build reports bad options itself, in this JVM
    }
  }

  /** Runs the command in a JVM of its own that shares this one's terminal; returns its exit code. */
  static int run(String[] args) throws IOException, InterruptedException {
    return QuickJvm.run(Main.class.getName(), List.of(args), System.getProperty("java.class.path"), null);
  }
}
