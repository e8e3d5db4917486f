package dev.hanji.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;

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

  /** A file's content, written to a stream. */
  @FunctionalInterface
  interface Content {
    /** Writes the content to {@code out}; the caller closes the stream. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** An output that keeps every file in memory; {@link InMemory#files()} gives them in path order. */
  static InMemory inMemory() {
    return new InMemory();
  }

  /** Files kept in memory. */
  final class InMemory implements SiteOutput {
    private final SortedMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    private InMemory() {
    }

    @Override
    public void write(String path, byte[] bytes) {
      files.put(path, bytes);
    }

    @Override
    public void write(String path, Content content) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        content.writeTo(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make " + path, e);
      }
      write(path, bytes.toByteArray());
    }

    /** Every file written so far, by output path. */
    public SortedMap<String, byte[]> files() {
      return files;
    }
  }
}
