package dev.hanji.core;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the inputs every page depends on: templates and message bundles, calculator specs, and the
 * YAML files at the top of {@code content/} (site settings, glossary), plus the build options; and, by size
 * and modification time only, the static files and content assets, whose images give pages their sizes.
 * When it changes, an incremental build starts from nothing; when it does not, pages whose own inputs are
 * unchanged are reused.
 */
final class InputFingerprint {
  private InputFingerprint() {
  }

  static String of(BuildOptions options) {
    MessageDigest digest = sha256();
    digest.update(options.toString().getBytes(UTF_8));
    for (Path file : sharedInputs(options)) {
      digest.update(file.toString().getBytes(UTF_8));
      digest.update(read(file));
    }
    for (Path file : assets(options)) {
      digest.update((file + "\0" + stat(file) + "\n").getBytes(UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<Path> sharedInputs(BuildOptions options) {
    Stream<Path> topYaml = files(options.contentDir(), 1).filter(file -> file.toString().endsWith(".yaml")
        || file.toString().endsWith(".yml"));
    return Stream.of(files(options.templatesDir(), Integer.MAX_VALUE),
            files(options.contentDir().resolve("calculators"), Integer.MAX_VALUE), topYaml)
        .flatMap(s -> s).filter(Files::isRegularFile).sorted().toList();
  }

  private static List<Path> assets(BuildOptions options) {
    Path calculators = options.contentDir().resolve("calculators");
    Stream<Path> content = files(options.contentDir(), Integer.MAX_VALUE)
        .filter(file -> !file.toString().endsWith(".md") && !file.startsWith(calculators));
    return Stream.concat(files(options.staticDir(), Integer.MAX_VALUE), content)
        .filter(Files::isRegularFile).sorted().toList();
  }

  private static String stat(Path file) {
    try {
      return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return "gone";
    }
  }

  private static Stream<Path> files(Path dir, int depth) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  /** A file deleted while we look reads as empty: the digest still changes, and the loader reports it. */
  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
