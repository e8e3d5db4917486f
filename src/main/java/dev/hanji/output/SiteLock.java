package dev.hanji.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One build at a time per output folder: an operating-system lock on the file {@code .<name>.lock} beside the
 * output folder ({@code target/.site.lock} for {@code target/site}), which holds the owner's process id. The
 * operating system releases the lock when its owner dies, so a killed build never blocks the next one. The file
 * itself stays: deleting a lock file while others may be opening it would let two builds hold "the" lock at once.
 */
final class SiteLock implements AutoCloseable {
  /** How long a build waits for another build of the same output folder before it gives up. */
  static final Duration WAIT = Duration.ofSeconds(5);
  private static final long POLL_MILLIS = 100;
  /**
   * The locked region lies past the process id, so that the id can be read while the lock is held on systems
   * whose locks are mandatory.
   */
  private static final long REGION = Long.MAX_VALUE - 1;

  private final FileChannel channel;
  private final FileLock lock;

  private SiteLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Thrown when another live build holds the lock. */
  static final class HeldElsewhere extends Exception {
    private final String owner;

    HeldElsewhere(String owner) {
      super("held by " + owner);
      this.owner = owner;
    }

    /** The owner as written in the lock file ({@code pid 1234}), or {@code an unknown process}. */
    String owner() {
      return owner;
    }
  }

  /** The lock file of an output folder. */
  static Path fileFor(Path outputDir) {
    return outputDir.resolveSibling("." + outputDir.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code outputDir}, polling for up to {@code wait} while another build holds it.
   *
   * @throws HeldElsewhere when another build still holds it after {@code wait}
   * @throws IOException   when the lock file cannot be opened or written
   */
  static SiteLock acquire(Path outputDir, Duration wait) throws IOException, HeldElsewhere {
    FileChannel channel = FileChannel.open(fileFor(outputDir), StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    try {
      SiteLock taken = new SiteLock(channel, awaitLock(channel, System.nanoTime() + wait.toNanos()));
      taken.writeOwner();
      return taken;
    } catch (IOException | HeldElsewhere | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock awaitLock(FileChannel channel, long deadline) throws IOException, HeldElsewhere {
    while (true) {
      FileLock lock = tryLock(channel);
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() >= deadline) {
        throw new HeldElsewhere(owner(channel));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for another build to finish");
      }
    }
  }

  /** The lock, or null while another process — or another build in this process — holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(REGION, 1, false);
    } catch (OverlappingFileLockException heldByThisProcess) {
      return null;
    }
  }

  private static String owner(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(64);
    channel.read(bytes, 0);
    String pid = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).trim();
    return pid.matches("\\d+") ? "pid " + pid : "an unknown process";
  }

  private void writeOwner() throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
  }

  /** Releases the lock; the next build may go ahead. */
  @Override
  public void close() {
    try (channel) {
      lock.release();
    } catch (IOException e) {
      // closing the channel failed after all; the operating system drops the lock when this process ends
    }
  }
}
