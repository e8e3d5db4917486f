package dev.hanji.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * When each file under the content folder last changed, by git: the committer date of the last commit that touched
 * it, read with one {@code git log} for the whole folder. Without git, outside a repository, or for files never
 * committed there is no date, and no error: a page then shows none (or its front matter's). The same commit always
 * gives the same dates, so the output stays byte-identical; a shallow clone knows only its last commit, so a
 * workflow checks out the whole history ({@code fetch-depth: 0}).
 */
public final class GitDates {
  private static final long TIMEOUT_SECONDS = 60;
  private static final char RECORD = '\u001e';

  private GitDates() {
  }

  /**
   * The last-commit date of every committed file under {@code contentDir}, by its path relative to it with forward
   * slashes, NFC ({@code ko/ops/raid.md}); empty when git cannot tell.
   */
  public static Map<String, PageDate> read(Path contentDir) {
    if (!Files.isDirectory(contentDir)) {
      return Map.of();
    }
    ProcessBuilder command = new ProcessBuilder("git", "-c", "core.quotePath=false", "log", "-z",
        "--format=" + RECORD + "%cI", "--name-only", "--relative", "--", ".")
        .directory(contentDir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process git = command.start();
      git.getOutputStream().close();
      String log;
      try (InputStream out = git.getInputStream()) {
        log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return Map.of();
      }
      return git.exitValue() == 0 ? parse(log) : Map.of();
    } catch (IOException e) {
      return Map.of(); // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  /** Newest commit first: the first date seen for a file is its last change. */
  static Map<String, PageDate> parse(String log) {
    Map<String, PageDate> dates = new TreeMap<>();
    for (String commit : log.split(String.valueOf(RECORD))) {
      String[] fields = commit.split("\0");
      if (fields.length < 2) {
        continue;
      }
      PageDate date;
      try {
        date = PageDate.of(OffsetDateTime.parse(fields[0].strip()));
      } catch (DateTimeException e) {
        continue;
      }
      for (int i = 1; i < fields.length; i++) {
        String name = fields[i].startsWith("\n") ? fields[i].substring(1) : fields[i];
        String path = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (!path.isEmpty()) {
          dates.putIfAbsent(path, date);
        }
      }
    }
    return dates;
  }
}
