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
 * previous site stays as it was. Folders left behind by a build that was killed while writing are removed
 * by the next write.
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
      removeLeftovers(target);
      Path staging = Files.createTempDirectory(parent, stagingPrefix(target));
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

  private static String stagingPrefix(Path target) {
    return "." + target.getFileName() + "-new-";
  }

  private static String backupPrefix(Path target) {
    return "." + target.getFileName() + "-old-";
  }

  /**
   * Deletes staging and backup folders that a build killed mid-write left beside the output folder; they are
   * recognised by their name ({@code .site-new-…}, {@code .site-old-…}).
   */
  static void removeLeftovers(Path target) throws IOException {
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path sibling : siblings.sorted().toList()) {
        String name = sibling.getFileName().toString();
        if (Files.isDirectory(sibling, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && (name.startsWith(stagingPrefix(target)) || name.startsWith(backupPrefix(target)))) {
          deleteTree(sibling);
        }
      }
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
      old = Files.createTempDirectory(target.getParent(), backupPrefix(target));
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
