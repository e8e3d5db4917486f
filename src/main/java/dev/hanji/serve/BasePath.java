package dev.hanji.serve;

import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The path the site lives under, taken from the effective {@code baseUrl} ({@code site.yaml} plus
 * {@code -Dsite.baseUrl}): {@code /kafka-docs/} for {@code https://example.github.io/kafka-docs/}, {@code /}
 * when there is none. The preview serves the site there, so its absolute links work as they will when published.
 * It reads the settings itself because the server needs the path even when the first build fails.
 */
final class BasePath {
  private BasePath() {
  }

  static String of(BuildOptions options) {
    Path file = options.contentDir().resolve(SiteSettings.FILE_NAME);
    return SiteSettings.read(read(file), options.display(file), options.settings(), new Diagnostics()).basePath();
  }

  /** The settings text, or nothing when it cannot be read (the build reports that, with file and line). */
  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
