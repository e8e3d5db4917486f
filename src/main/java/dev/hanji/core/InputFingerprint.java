package dev.hanji.core;

import dev.hanji.diagnostics.Diagnostics;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.hanji.sources.FolderWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * A digest of the inputs every page depends on: templates and message bundles, calculator specs, and the
 * YAML files at the top of {@code content/} (site settings, glossary), plus the build options; and, by size
 * and modification time only, the static files and content assets, whose images give pages their sizes.
 * When it changes, an incremental build starts from nothing; when it does not, pages whose own inputs are
 * unchanged are reused. Only the site's own template and static files are read: the bundled theme cannot change
 * while the generator runs, and a file the site adds over it (or removes) changes the digest. Dates from git are not
 * part of it; they reach each page through its view, which a rebuild compares before printing again.
 */
final class InputFingerprint {
  private InputFingerprint() {
  }

  static String of(BuildOptions options) {
    MessageDigest digest = sha256();
    digest.update(options.toString().getBytes(UTF_8));
    FolderWalker walker = FolderWalker.of(options.folders());
    for (Path file : sharedInputs(options, walker)) {
      digest.update(file.toString().getBytes(UTF_8));
      digest.update(read(file));
    }
    for (Path file : assets(options, walker)) {
      digest.update((file + "\0" + stat(file) + "\n").getBytes(UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<Path> sharedInputs(BuildOptions options, FolderWalker walker) {
    Stream<Path> topYaml = files(walker, options.contentDir()).entrySet().stream()
        .filter(file -> !file.getKey().contains("/") && (file.getKey().endsWith(".yaml")
            || file.getKey().endsWith(".yml")))
        .map(Map.Entry::getValue);
    return Stream.of(files(walker, options.templatesDir()).values().stream(),
            files(walker, options.contentDir().resolve("calculators")).values().stream(), topYaml)
        .flatMap(s -> s).sorted().toList();
  }

  private static List<Path> assets(BuildOptions options, FolderWalker walker) {
    Stream<Path> content = files(walker, options.contentDir()).entrySet().stream()
        .filter(file -> !file.getKey().endsWith(".md") && !file.getKey().startsWith("calculators/"))
        .map(Map.Entry::getValue);
    return Stream.concat(files(walker, options.staticDir()).values().stream(), content).sorted().toList();
  }

  private static String stat(Path file) {
    try {
      return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return "gone";
    }
  }

  /** The files a build reads under {@code dir}; the build itself reports the links it skips. */
  private static SortedMap<String, Path> files(FolderWalker walker, Path dir) {
    return walker.files(dir, "", new Diagnostics());
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
