package dev.hanji.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * Where a build puts each output file as soon as it is made: kept in memory ({@link #inMemory()}, for tests and
 * the preview server) or written into a staging folder ({@link SiteWriter#open}). Writing a path again
 * replaces the file. Implementations are thread-safe: pages are written from parallel threads.
 */
public interface SiteOutput {

  /** Writes one file (output path relative to the site root, forward slashes). */
  void write(String path, byte[] bytes);

  /** Writes one large file by streaming it, so that it never has to exist whole on the heap. */
  void write(String path, Content content);

  /**
   * Writes a file that may be made later: an output that defers streamed files makes it when it is first asked
   * for; any other makes it now.
   */
  default void defer(String path, Supplier<byte[]> bytes) {
    write(path, bytes.get());
  }

  /** A file's content, written to a stream. */
  @FunctionalInterface
  interface Content {
    /** Writes the content to {@code out}; the caller closes the stream. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** An output that keeps every file in memory; {@link InMemory#files()} gives them in path order. */
  static InMemory inMemory() {
    return new InMemory(false);
  }

  /**
   * An output that keeps files in memory but makes streamed ones (the search indexes) only when first asked for
   * ({@link InMemory#deferred()}): the preview server sends a page edit to the browser before it rewrites them.
   */
  static InMemory deferringStreams() {
    return new InMemory(true);
  }

  /** Files kept in memory. */
  final class InMemory implements SiteOutput {
    private final SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();
    private final SortedMap<String, Supplier<byte[]>> deferred = new ConcurrentSkipListMap<>();
    private final boolean defersStreams;

    private InMemory(boolean defersStreams) {
      this.defersStreams = defersStreams;
    }

    @Override
    public void write(String path, byte[] bytes) {
      files.put(path, bytes);
    }

    @Override
    public void write(String path, Content content) {
      defer(path, () -> bytesOf(path, content));
    }

    @Override
    public void defer(String path, Supplier<byte[]> bytes) {
      if (defersStreams) {
        deferred.put(path, bytes instanceof Made<byte[]> made ? made : new Made<>(bytes));
      } else {
        write(path, bytes.get());
      }
    }

    /** Every file written so far, by output path, except the {@link #deferred() deferred} ones. */
    public SortedMap<String, byte[]> files() {
      return files;
    }

    /** Streamed files not made yet, by output path: each is made once, by the first call of its supplier. */
    public SortedMap<String, Supplier<byte[]>> deferred() {
      return deferred;
    }

    private static byte[] bytesOf(String path, Content content) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        content.writeTo(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make " + path, e);
      }
      return bytes.toByteArray();
    }
  }

  /**
   * Content (or several files' content) made on first demand, once, whichever thread asks first.
   *
   * @param <T> what is made
   */
  final class Made<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T made;

    /** Content that {@code make} makes on the first call of {@link #get()}. */
    public Made(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public synchronized T get() {
      if (made == null) {
        made = make.get();
      }
      return made;
    }
  }
}
