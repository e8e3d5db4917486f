package dev.hanji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a pipeline, and every import points down it: what every stage shares at the bottom
 * ({@code diagnostics}, then {@code files}: site paths, bundled resources, the project's folders, the output
 * sink), the stages in the order a build runs them, {@code core} (the one entry point) above them, and the
 * preview server and the Maven and command-line front ends on top. Packages on one layer do not import each
 * other. A new package must be given its layer here.
 */
class ArchitectureTest {
  private static final Map<String, Integer> LAYERS = Map.ofEntries(
      Map.entry("diagnostics", 0),
      Map.entry("files", 1),
      Map.entry("notion", 2),
      Map.entry("sources", 3),
      Map.entry("markdown", 4),
      Map.entry("model", 5),
      Map.entry("calc", 6), Map.entry("search", 6),
      Map.entry("render", 7),
      Map.entry("check", 8),
      Map.entry("output", 9),
      Map.entry("importer", 10),
      Map.entry("core", 11),
      Map.entry("serve", 12),
      Map.entry("maven", 13), Map.entry("cli", 13));
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.hanji\\.([a-z]+)\\.",
      Pattern.MULTILINE);

  @Test
  void everyImportPointsDownThePipeline() throws IOException {
    Path main = TestSites.projectDir().resolve("src/main/java/dev/hanji");
    List<String> upwards = new ArrayList<>();
    TreeSet<String> unplaced = new TreeSet<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        String from = main.relativize(file).getName(0).toString();
        if (!LAYERS.containsKey(from)) {
          unplaced.add(from);
          continue;
        }
        Matcher imported = IMPORT.matcher(Files.readString(file));
        while (imported.find()) {
          String to = imported.group(1);
          if (!to.equals(from) && LAYERS.getOrDefault(to, Integer.MAX_VALUE) >= LAYERS.get(from)) {
            upwards.add(main.relativize(file) + " imports dev.hanji." + to);
          }
        }
      }
    }
    assertEquals(List.of(), List.copyOf(unplaced), "packages without a layer in ArchitectureTest");
    assertEquals(List.of(), upwards, "imports that point up the pipeline or across a layer");
  }
}
