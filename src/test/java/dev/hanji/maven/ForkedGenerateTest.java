package dev.hanji.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.core.BuildOptions;
import dev.hanji.testing.FixtureSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What site:generate's own JVM prints for the goal to log, line by line with its level. */
class ForkedGenerateTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return printed.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aBuiltSiteIsReportedAsInfo(@TempDir Path dir) {
    BuildOptions options = FixtureSite.copyTo(dir);
    assertEquals(0, ForkedGenerate.generate(BuildOptions.fromArguments(options.toArguments()), out));
    assertTrue(Files.isRegularFile(options.outputDir().resolve("index.html")));
    assertTrue(lines().stream().allMatch(line -> line.startsWith(ForkedGenerate.INFO)), lines().toString());
    assertEquals(ForkedGenerate.INFO + "site written to " + options.outputDir(), lines().get(lines().size() - 1));
  }

  @Test
  void aFailedBuildReportsEachErrorAtItsPlace(@TempDir Path dir) throws Exception {
    BuildOptions options = FixtureSite.copyTo(dir);
    Files.writeString(options.contentDir().resolve("ko/broken.md"), "# 깨진 링크\n\n[없는 곳](nowhere.md)\n");
    assertEquals(1, ForkedGenerate.generate(options, out));
    assertFalse(Files.exists(options.outputDir()));
    assertTrue(lines().stream().anyMatch(line -> line.startsWith(ForkedGenerate.ERROR + "content/ko/broken.md:3:")),
        lines().toString());
  }
}
