package dev.hanji.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the classes a build loads (Flexmark, Thymeleaf, jsoup, Jackson, Hanji), kept in the
 * user's cache folder for the JVM that {@link QuickJvm} starts. Loading and verifying those classes is most of
 * what a small site's build spends: with the archive the real site builds in about 0.85 s instead of 1.2 s. The first
 * build with a given Java and jar writes the archive as its JVM exits; later builds map it. The archive's name is a
 * digest of the Java runtime and of every class path entry's path, size and time, so a new jar or Java gets its own,
 * and the JVM itself refuses an archive that does not match (the build then runs as it would without one).
 */
final class ClassDataArchive {
  /** Archives kept in the cache folder; older ones are deleted when a new one is written. */
  private static final int KEPT = 3;
  /** Flags by which the caller has chosen class sharing already. */
  private static final List<String> USER_CHOICE = List.of("-Xshare", "-XX:SharedArchiveFile",
      "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-XX:-AutoCreateSharedArchive");
  /** The JVM's messages about archives (a class it cannot archive, a stale archive) are not the user's concern. */
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private final Path archive;
  private final Path writing;
  private final boolean exists;

  private ClassDataArchive(Path archive, Path writing, boolean exists) {
    this.archive = archive;
    this.writing = writing;
    this.exists = exists;
  }

  /**
   * The archive for a JVM of this Java with this class path, in {@code cacheFolder}; empty when the caller chose class
   * sharing with a flag of their own, the class path holds a folder, or the folder is relative (Java found no home
   * folder) or cannot be made.
   *
   * @param jvmArguments the arguments this JVM was started with (the new JVM gets them too)
   */
  static Optional<ClassDataArchive> in(Path cacheFolder, List<String> jvmArguments, String classPath) {
    if (jvmArguments.stream().anyMatch(argument -> USER_CHOICE.stream().anyMatch(argument::startsWith))
        || !onlyJars(classPath) || !cacheFolder.isAbsolute()) { // no home folder: nothing goes into the project
      return Optional.empty();
    }
    try {
      Files.createDirectories(cacheFolder);
      Path archive = cacheFolder.resolve("classes-" + digestOf(classPath) + ".jsa");
      Path writing = cacheFolder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      return Optional.of(new ClassDataArchive(archive, writing, Files.isRegularFile(archive)));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether every class path entry is a file (a jar): a JVM that writes an archive fails at exit when a folder of
   * classes is on its class path.
   */
  private static boolean onlyJars(String classPath) {
    return Stream.of(classPath.split(java.io.File.pathSeparator)).allMatch(entry -> Files.isRegularFile(Path.of(entry)));
  }

  /** The user's cache folder for archives: {@code $XDG_CACHE_HOME/hanji} or {@code ~/.cache/hanji}. */
  static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("hanji");
  }

  /** The flags that make the new JVM map the archive, or write it as it exits when there is none yet. */
  List<String> jvmArguments() {
    List<String> arguments = new ArrayList<>(QUIET);
    arguments.add(exists ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + writing);
    return arguments;
  }

  /** After the new JVM exited: keeps the archive it wrote if the build succeeded, and prunes old archives. */
  void finish(int exitCode) {
    try {
      if (!exists && exitCode == 0 && Files.isRegularFile(writing)) {
        Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        pruneOthers();
      }
      Files.deleteIfExists(writing);
    } catch (IOException | UncheckedIOException e) {
      // no archive this time: the next build writes one again
    }
  }

  private void pruneOthers() throws IOException {
    try (Stream<Path> files = Files.list(archive.getParent())) {
      List<Path> archives = files.filter(file -> file.getFileName().toString().endsWith(".jsa"))
          .sorted(Comparator.comparing(ClassDataArchive::modified).reversed()).toList();
      for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
        if (!old.equals(archive)) {
          Files.deleteIfExists(old);
        }
      }
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /** A digest of the Java runtime and of each class path entry's path, size and modification time. */
  private static String digestOf(String classPath) throws IOException {
    StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('\n')
        .append(System.getProperty("java.vm.version")).append('\n');
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      identity.append(path).append('\t');
      if (Files.exists(path)) {
        identity.append(Files.size(path)).append('\t').append(Files.getLastModifiedTime(path).toMillis());
      }
      identity.append('\n');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
