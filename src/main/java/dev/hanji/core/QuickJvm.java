package dev.hanji.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs a one-shot build of a small or medium site in a JVM made for it: one that compiles with C1 only
 * ({@code -XX:TieredStopAtLevel=1}) and maps the {@link ClassDataArchive} of the build's classes. Such a build is over
 * before C2's optimised code pays back the CPU spent compiling it: C1 alone takes about 40 % less CPU for 1,000 pages
 * per language, while at 10,000 C2 wins (bench/README.md has the figures). A front end cannot choose JIT flags for
 * the JVM it is already running in (Maven's, or the CLI's), so it starts one more; the preview server keeps its own
 * JVM, as its rebuilds run warm code many times. A user who sets any JIT flag of their own is not overruled, and a
 * JVM run with a profiler or agent stays the one that builds, so that what is recorded is the build.
 */
public final class QuickJvm {
  /** The flag that keeps the new JVM to C1. */
  public static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  /**
   * From this many Markdown files on, the default JIT: C1 was ahead at 6,000 files (30 % less CPU) and behind at
   * 20,000 (18 % more); the crossover lies between, about 12,000 by interpolation, and this stays below it.
   */
  public static final int C2_FROM_SOURCES = 10_000;
  /** Flags by which the caller has chosen the JIT already, or watches this JVM. */
  private static final List<String> KEEP_THIS_JVM = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
      "-XX:+TieredCompilation", "-XX:CompilationMode", "-Xint", "-Xcomp", "-XX:StartFlightRecording",
      "-XX:FlightRecorderOptions", "-agentlib:", "-agentpath:", "-javaagent:");

  private QuickJvm() {
  }

  /** The arguments this JVM was started with; a JVM of its own gets them too. */
  public static List<String> thisJvmArguments() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /**
   * Whether a build of the sources in {@code contentDir}, started from a JVM with {@code jvmArguments}, runs better
   * in a JVM of its own: nobody chose the JIT, no profiler or agent watches, and the site is below
   * {@link #C2_FROM_SOURCES} Markdown files.
   */
  public static boolean suits(List<String> jvmArguments, Path contentDir) {
    return leavesTheJitToUs(jvmArguments) && hasFewerSources(contentDir, C2_FROM_SOURCES);
  }

  /** Whether no JIT flag, profiler or agent is among {@code jvmArguments}. */
  public static boolean leavesTheJitToUs(List<String> jvmArguments) {
    return jvmArguments.stream().noneMatch(argument -> KEEP_THIS_JVM.stream().anyMatch(argument::startsWith));
  }

  /** Whether {@code folder} holds fewer than {@code limit} Markdown files; false when it cannot be read. */
  public static boolean hasFewerSources(Path folder, int limit) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".md")).limit(limit).count() < limit;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * Runs {@code mainClass} with {@code args} in a new JVM with this one's arguments, C1 only and the class-data
   * archive, and waits for it.
   *
   * @param classPath the new JVM's class path
   * @param output    receives each line the new JVM prints (both streams); null to let it print to this JVM's
   *                  terminal directly
   * @return its exit code
   * @throws IOException when the new JVM cannot be started
   */
  public static int run(String mainClass, List<String> args, String classPath, Consumer<String> output)
      throws IOException, InterruptedException {
    return run(mainClass, args, classPath, output, ClassDataArchive.defaultFolder());
  }

  /** {@link #run(String, List, String, Consumer)} with the class-data archives in {@code archives}. */
  static int run(String mainClass, List<String> args, String classPath, Consumer<String> output, Path archives)
      throws IOException, InterruptedException {
    List<String> jvmArguments = thisJvmArguments();
    Optional<ClassDataArchive> archive = ClassDataArchive.in(archives, jvmArguments, classPath);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments);
    command.add(C1_ONLY);
    archive.ifPresent(classes -> command.addAll(classes.jvmArguments()));
    command.addAll(List.of("-cp", classPath, mainClass));
    command.addAll(args);
    int code = run(command, output);
    archive.ifPresent(classes -> classes.finish(code));
    return code;
  }

  private static int run(List<String> command, Consumer<String> output) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    if (output == null) {
      builder.inheritIO();
    } else {
      builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.INHERIT);
    }
    builder.environment().remove("JDK_JAVA_OPTIONS"); // both are among this JVM's arguments already
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process child = builder.start();
    Thread stopChild = new Thread(child::destroy);
    Runtime.getRuntime().addShutdownHook(stopChild);
    try {
      if (output != null) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
            StandardCharsets.UTF_8))) {
          lines.lines().forEach(output);
        }
      }
      return child.waitFor();
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    }
  }
}
