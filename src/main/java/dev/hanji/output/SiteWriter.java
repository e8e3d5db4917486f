package dev.hanji.output;

import dev.hanji.files.SiteOutput;
import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.files.ProjectFolders;
import dev.hanji.diagnostics.Diagnostic;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The write stage: puts a site on disk all at once, and only where it may. Before anything is touched, the
 * output folder is checked against {@link OutputFolderRules}, and the build takes the output folder's
 * {@link SiteLock}, so that one build at a time writes it. Files then go into a temporary folder beside the output
 * folder as the build makes them ({@link #open}), which takes the output folder's place at the end; if anything
 * fails before the swap, the previous site stays as it was. Every site written carries a {@link #STAMP} file, and
 * only a folder with one (or an empty folder) is ever replaced. Folders left behind by a build that was killed
 * while writing are removed by the next build, while it holds the lock.
 */
public final class SiteWriter {
  /** The file that marks a folder as a site Hanji wrote, which the next build may therefore replace. */
  public static final String STAMP = ".hanji-site";
  private static final byte[] STAMP_TEXT = ("This folder is a site written by Hanji; the next build replaces it.\n"
      + "Delete this file to keep builds from replacing the folder.\n").getBytes(StandardCharsets.UTF_8);
  private static final String WRITE_HINT = "check that the folder is writable and the disk has space";
  private static final int BUFFER = 64 * 1024;

  private SiteWriter() {
  }

  /**
   * Checks that the output folder of {@code options} may be written, waits for any other build of it to finish,
   * removes leftovers of killed builds and opens a staging folder beside it for a new site that is written file
   * by file; {@link Staging#commit()} then puts it in the output folder's place, and closing it uncommitted
   * deletes it, leaving the previous site as it was.
   *
   * @throws BuildFailedException when the output folder may not be written or replaced, another build holds it,
   *                              or the disk refuses; nothing has been changed then
   */
  public static Staging open(ProjectFolders options) throws BuildFailedException {
    Optional<Diagnostic> misplaced = OutputFolderRules.check(options);
    if (misplaced.isPresent()) {
      throw new BuildFailedException(List.of(misplaced.get()));
    }
    Path target = options.outputDir();
    SiteLock lock = lock(target, options);
    boolean opened = false;
    try {
      removeLeftovers(target);
      requireReplaceable(target, options);
      Path staging = Files.createTempDirectory(target.getParent(), stagingPrefix(target));
      makeReadable(staging);
      opened = true;
      return new Staging(staging, options, lock);
    } catch (IOException e) {
      throw cannotWrite(options.display(target), e);
    } finally {
      if (!opened) {
        lock.close();
      }
    }
  }

  private static SiteLock lock(Path target, ProjectFolders options) throws BuildFailedException {
    try {
      Files.createDirectories(target.getParent());
      return SiteLock.acquire(target, SiteLock.WAIT);
    } catch (IOException e) {
      throw cannotWrite(options.display(target), e);
    } catch (SiteLock.HeldElsewhere e) {
      throw failure(options.display(target), "another build (" + e.owner() + ") is writing this output folder",
          "wait for it to finish, or stop that process, then build again (the lock is "
              + options.display(SiteLock.fileFor(target)) + ")");
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
    private final ProjectFolders options;
    private final SiteLock lock;
    private final AtomicReference<FailedWrite> failure = new AtomicReference<>();
    private boolean committed;

    private Staging(Path folder, ProjectFolders options, SiteLock lock) {
      this.folder = folder;
      this.target = options.outputDir();
      this.options = options;
      this.lock = lock;
    }

    /** The first write the disk refused: the file's path in the site, and why. */
    private record FailedWrite(String path, IOException cause) {
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
        failure.compareAndSet(null, new FailedWrite(path, e));
      }
    }

    /**
     * Stamps the staged site and puts it in the output folder's place.
     *
     * @throws BuildFailedException naming the file when a write failed or the disk refuses the swap; the
     *                              previous site is then left in place
     */
    public synchronized void commit() throws BuildFailedException {
      FailedWrite failed = failure.get();
      if (failed != null) {
        throw cannotWrite(options.display(target.resolve(failed.path())), failed.cause());
      }
      requireReplaceable(target, options);
      try {
        Files.write(folder.resolve(STAMP), STAMP_TEXT);
        swap(folder, target);
        committed = true;
      } catch (IOException e) {
        throw cannotWrite(options.display(target), e);
      }
    }

    /** Deletes the staging folder unless it was committed, and lets the next build of the folder go ahead. */
    @Override
    public synchronized void close() {
      try {
        if (!committed) {
          deleteTree(folder);
        }
      } catch (IOException e) {
        // what is left of the staging folder is removed by the next build
      } finally {
        lock.close();
      }
    }
  }

  /**
   * Refuses to replace anything but an empty folder or a site that a build wrote: a folder of other files was
   * not meant as an output folder.
   */
  private static void requireReplaceable(Path target, ProjectFolders options) throws BuildFailedException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || isStamped(target) || isEmptyFolder(target)) {
      return;
    }
    throw failure(options.display(target), "the output folder is not empty and was not written by Hanji (it has no "
        + STAMP + " file), so a build will not replace it", "choose an empty folder or one Hanji wrote, or delete it"
        + " yourself if nothing in it is needed");
  }

  private static boolean isStamped(Path folder) {
    return Files.isDirectory(folder) && (Files.isRegularFile(folder.resolve(STAMP), LinkOption.NOFOLLOW_LINKS)
        || writtenBeforeStamps(folder));
  }

  /**
   * A site written by a Hanji release from before the stamp: it has the files every Hanji site has at its top,
   * including the generator's own scripts, so that upgrading does not make users delete their output once.
   */
  private static boolean writtenBeforeStamps(Path folder) {
    return Stream.of(".nojekyll", "404.html", "sitemap.xml", "assets/site.js", "assets/search/search.js")
        .allMatch(file -> Files.isRegularFile(folder.resolve(file), LinkOption.NOFOLLOW_LINKS));
  }

  private static boolean isEmptyFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private static BuildFailedException cannotWrite(String file, IOException e) {
    return failure(file, "cannot write: " + reason(e), WRITE_HINT);
  }

  private static BuildFailedException failure(String file, String message, String hint) {
    return new BuildFailedException(List.of(Diagnostic.error(file, 0, 0, message, hint)));
  }

  /** What the operating system said, without the path it said it about (the diagnostic names the path). */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a folder on the way is missing";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String stagingPrefix(Path target) {
    return "." + target.getFileName() + "-new-";
  }

  private static String backupPrefix(Path target) {
    return "." + target.getFileName() + "-old-";
  }

  /**
   * Deletes staging and backup folders that a build killed mid-write left beside the output folder; they are
   * recognised by their name ({@code .site-new-…}, {@code .site-old-…}). Only a build holding the output folder's
   * lock calls this, so none of them belongs to a live build.
   */
  private static void removeLeftovers(Path target) throws IOException {
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path sibling : siblings.sorted().toList()) {
        String name = sibling.getFileName().toString();
        if (Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
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

  /** Moves the old site aside, the new one in, and deletes the old; if the new one cannot move in, the old returns. */
  private static void swap(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = Files.createTempDirectory(target.getParent(), backupPrefix(target));
      Files.delete(old);
      move(target, old);
    }
    try {
      move(staging, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      try {
        deleteTree(old);
      } catch (IOException e) {
        // the new site is in place; what is left of the old one is removed by the next build
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes a folder and everything in it, without following links out of it; nothing happens when it is missing. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
