package dev.hanji.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The write stage: puts a finished site on disk all at once. Files go into a temporary folder beside
 * the output folder, which then takes the output folder's place; if anything fails before the swap, the
 * previous site stays as it was.
 */
public final class SiteWriter {
  private SiteWriter() {
  }

  /**
   * Writes {@code files} (output path → bytes) as the new content of {@code outputDir}.
   *
   * @throws UncheckedIOException when the disk refuses; the previous site is then left in place
   */
  public static void write(SortedMap<String, byte[]> files, Path outputDir) {
    Path target = outputDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
      makeReadable(staging);
      try {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          Path path = staging.resolve(file.getKey()).normalize();
          if (!path.startsWith(staging)) {
            throw new IOException("refusing to write outside the site: " + file.getKey());
          }
          Files.createDirectories(path.getParent());
          Files.write(path, file.getValue());
        }
        swap(staging, target);
      } finally {
        deleteTree(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
    }
  }

  /** Temporary folders are private to their owner; a published site must be readable by a web server. */
  private static void makeReadable(Path folder) throws IOException {
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static void swap(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
      Files.delete(old);
      move(target, old);
    }
    move(staging, target);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it; nothing happens when it does not exist. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
