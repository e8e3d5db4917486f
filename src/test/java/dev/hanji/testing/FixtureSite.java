package dev.hanji.testing;

import dev.hanji.core.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the {@code sites/basic} test site, built with the project's own templates and static files. */
public final class FixtureSite {
  public static final Path PROJECT = Path.of(System.getProperty("hanji.projectDir", System.getProperty("user.dir")));

  private FixtureSite() {
  }

  /**
   * Copies the fixture content, templates and static files under {@code dir} (so tests may edit any of them)
   * and returns options for it with a free port.
   */
  public static BuildOptions copyTo(Path dir) {
    copyTree(PROJECT.resolve("src/test/resources/sites/basic/content"), dir.resolve("content"));
    copyTree(PROJECT.resolve("site-templates"), dir.resolve("site-templates"));
    copyTree(PROJECT.resolve("static"), dir.resolve("static"));
    return BuildOptions.forProject(dir).withPort(0);
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
