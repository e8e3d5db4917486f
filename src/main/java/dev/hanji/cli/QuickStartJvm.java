package dev.hanji.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs {@code generate} of a small or medium site in a JVM that compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}). Such a build is over before C2's optimised code pays back the CPU spent
 * compiling it: C1 alone takes about 40 % less CPU for 1,000 pages per language, while at 10,000 C2 wins
 * (bench/README.md has the figures). {@code serve} keeps the default JIT, as its rebuilds run warm code many times. The CLI cannot choose JIT flags for the JVM it is already running in, so it
 * starts one more JVM with the same arguments; a user who sets any JIT flag of their own is not overruled, and a
 * JVM run with a profiler or agent stays the one that builds, so that what is recorded is the build.
 */
final class QuickStartJvm {
  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  /**
   * From this many Markdown files on, the default JIT: C1 was ahead at 6,000 files (30 % less CPU) and behind at
   * 20,000 (18 % more); the crossover lies between, about 12,000 by interpolation, and this stays below it.
   */
  static final int C2_FROM_SOURCES = 10_000;
  /** Flags by which the caller has chosen the JIT already, or watches this JVM. */
  private static final List<String> KEEP_THIS_JVM = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
      "-XX:+TieredCompilation", "-XX:CompilationMode", "-Xint", "-Xcomp", "-XX:StartFlightRecording",
      "-XX:FlightRecorderOptions", "-agentlib:", "-agentpath:", "-javaagent:");

  private QuickStartJvm() {
  }

  /**
   * Whether this command runs better in a JVM of its own: {@code generate}, in a JVM whose JIT nobody chose and
   * that no profiler or agent watches.
   */
  static boolean wanted(String[] args, List<String> jvmArguments) {
    return args.length > 0 && args[0].equals("generate")
        && jvmArguments.stream().noneMatch(argument -> KEEP_THIS_JVM.stream().anyMatch(argument::startsWith));
  }

  static boolean wanted(String[] args) {
    return wanted(args, ManagementFactory.getRuntimeMXBean().getInputArguments()) && isSmall(args);
  }

  private static boolean isSmall(String[] args) {
    try {
      Path content = CliOptions.parse(Path.of(System.getProperty("user.dir")), args).contentDir();
      return hasFewerSources(content, C2_FROM_SOURCES);
    } catch (IllegalArgumentException e) {
      return false; // the build reports bad options itself, in this JVM
    }
  }

  /** Whether {@code folder} holds fewer than {@code limit} Markdown files; false when it cannot be read. */
  static boolean hasFewerSources(Path folder, int limit) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".md")).limit(limit).count() < limit;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Runs the command in a C1-only JVM that shares this one's terminal, with the class-data archive of this Java and
   * jar ({@link ClassDataArchive}); returns its exit code.
   */
  static int run(String[] args) throws IOException, InterruptedException {
    List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    Optional<ClassDataArchive> archive = ClassDataArchive.in(ClassDataArchive.defaultFolder(), jvmArguments,
        System.getProperty("java.class.path"));
    List<String> extra = new ArrayList<>(List.of(C1_ONLY));
    archive.ifPresent(classes -> extra.addAll(classes.jvmArguments()));
    int code = run(command(jvmArguments, extra, args));
    archive.ifPresent(classes -> classes.finish(code));
    return code;
  }

  private static int run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().remove("JDK_JAVA_OPTIONS"); // both are among this JVM's arguments already
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process child = builder.start();
    Thread stopChild = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    return code;
  }

  private static List<String> command(List<String> jvmArguments, List<String> extra, String[] args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments);
    command.addAll(extra);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
