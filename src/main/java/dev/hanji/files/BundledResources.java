package dev.hanji.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads files that ship inside the generator's jar (browser runtimes, built-in lists, UI text) as UTF-8
 * text. A missing one means a broken build of the generator itself, so it fails loudly.
 */
public final class BundledResources {
  private BundledResources() {
  }

  /**
   * The text of a resource that lives beside {@code owner}'s class file.
   *
   * @throws IllegalStateException when the jar does not contain it
   */
  public static String text(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the generator's jar (beside "
            + owner.getName() + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the generator's jar", e);
    }
  }
}
