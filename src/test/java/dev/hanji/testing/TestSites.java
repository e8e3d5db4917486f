package dev.hanji.testing;

import dev.hanji.core.BuildOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Builds small test projects: the project's own templates and static files, with content written by the test. */
public final class TestSites {
  private TestSites() {
  }

  /** The project directory (set by surefire), for the real templates, static files and content. */
  public static Path projectDir() {
    return Path.of(System.getProperty("hanji.projectDir", System.getProperty("user.dir")));
  }

  /** Options for a project in {@code dir} whose content the test writes, using the real templates and static files. */
  public static BuildOptions options(Path dir) {
    return new BuildOptions(dir, dir.resolve("content"), projectDir().resolve("site-templates"),
        projectDir().resolve("static"), dir.resolve("target/site"), false, true, 0, null, null, false,
        null);
  }

  /** Writes a UTF-8 file, creating folders. */
  public static Path write(Path dir, String relative, String text) {
    return writeBytes(dir, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file's bytes, creating folders. */
  public static Path writeBytes(Path dir, String relative, byte[] bytes) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The start of a calculator spec: title and two inputs ({@code a}, a number defaulting to 2, and {@code mode},
   * a choice of {@code x} or {@code y}), up to the {@code outputs:} key; tests append the outputs.
   */
  public static final String SPEC_HEAD = """
      title: {ko: 시험, en: Test}
      inputs:
        - id: a
          label: {ko: 가, en: A}
          default: 2
        - id: mode
          type: choice
          label: {ko: 모드, en: Mode}
          choices: ["x", "y"]
          default: "x"
      outputs:
      """;

  /** Every file under {@code root} (relative path → bytes), in path order; fails on an empty tree. */
  public static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    if (files.isEmpty()) {
      throw new AssertionError("no files under " + root);
    }
    return files;
  }

  /** Copies a folder tree. */
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

  /** A minimal two-language site: a Korean and an English home page. */
  public static BuildOptions minimalSite(Path dir) {
    write(dir, "content/site.yaml", "languages: [ko, en]\ntitle: { ko: 시험 사이트, en: Test site }\n");
    write(dir, "content/ko/index.md", "# 홈\n\n안녕하세요.\n");
    write(dir, "content/en/index.md", "# Home\n\nHello.\n");
    return options(dir);
  }
}
