package dev.hanji.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The write stage: puts a site on disk all at once. Files go into a temporary folder beside the output
 * folder as the build makes them ({@link #open}), which then takes the output folder's place; if anything
 * fails before the swap, the previous site stays as it was. Folders left behind by a build that was killed while
 * writing are removed by the next write.
 */
public final class SiteWriter {
  private static final int BUFFER = 64 * 1024;

  private SiteWriter() {
  }

  /**
   * Writes {@code files} (output path → bytes) as the new content of {@code outputDir}.
   *
   * @throws UncheckedIOException when the disk refuses; the previous site is then left in place
   */
  public static void write(SortedMap<String, byte[]> files, Path outputDir) {
    try (Staging staging = open(outputDir)) {
      files.forEach(staging::write);
      staging.commit();
    }
  }

  /**
   * Opens a staging folder beside {@code outputDir} (removing leftovers of killed builds) for a new site that is
   * written file by file; {@link Staging#commit()} then puts it in the output folder's place, and closing it
   * uncommitted deletes it, leaving the previous site as it was.
   *
   * @throws UncheckedIOException when the folder cannot be created
   */
  public static Staging open(Path outputDir) {
    Path target = outputDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      removeLeftovers(target);
      Path staging = Files.createTempDirectory(target.getParent(), stagingPrefix(target));
      makeReadable(staging);
      return new Staging(staging, target);
    } catch (IOException e) {
      throw failure(target, e);
    }
  }

  /**
   * A new site being written into its staging folder. A write that fails is remembered and reported by
   * {@link #commit()}, not thrown: a build goes on to report every problem of its sources (two output paths
   * that cannot both exist make the disk refuse one of them, and the build reports that conflict itself).
   */
  public static final class Staging implements SiteOutput, AutoCloseable {
    private final Path folder;
    private final Path target;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private boolean committed;

    private Staging(Path folder, Path target) {
      this.folder = folder;
      this.target = target;
    }

    @Override
    public void write(String path, byte[] bytes) {
      write(path, out -> out.write(bytes));
    }

    @Override
    public void write(String path, Content content) {
      if (failure.get() != null) {
        return; // the build cannot be committed any more: spare the disk
      }
      try {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder)) {
          throw new IOException("refusing to write outside the site: " + path);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
          content.writeTo(out);
        }
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }

    /**
     * Replaces the output folder with the staged site.
     *
     * @throws UncheckedIOException when a write failed or the disk refuses the swap; the previous site is then
     *                              left in place
     */
    public synchronized void commit() {
      try {
        if (failure.get() != null) {
          throw failure.get();
        }
        swap(folder, target);
        committed = true;
      } catch (IOException e) {
        throw failure(target, e);
      }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public synchronized void close() {
      try {
        deleteTree(folder);
      } catch (IOException e) {
        if (!committed) {
          throw failure(target, e);
        }
      }
    }
  }

  private static UncheckedIOException failure(Path target, IOException e) {
    return new UncheckedIOException("cannot write the site to " + target + ": " + e.getMessage(), e);
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
