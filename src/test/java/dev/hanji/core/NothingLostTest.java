package dev.hanji.core;

import dev.hanji.diagnostics.BuildFailedException;
import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hanji.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the site: a failed build changes nothing, the same sources give the same bytes, no debris remains. */
class NothingLostTest {
  @TempDir
  Path dir;

  @Test
  void aBuildFailingAtTheLastCheckLeavesThePreviousSiteByteIdentical() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    SiteGenerator.generate(options);
    Map<String, byte[]> before = TestSites.snapshot(options.outputDir());
    write(dir, "content/ko/index.md", "# 홈\n\n바뀐 본문과 깨진 그림 ![그림](missing.png)\n");
    assertThrows(BuildFailedException.class, () -> SiteGenerator.generate(options));
    assertSameFiles(before, TestSites.snapshot(options.outputDir()));
    assertEquals(List.of(".site.lock", "site"), siblings(options.outputDir()));
  }

  @Test
  void twoGenerateRunsWriteByteIdenticalSites() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    write(dir, "content/ko/a/b.md", "# 비\n\n| 가 | 나 |\n|---|---|\n| 1 | 2 |\n\n```java\nint a = 1;\n```\n");
    SiteGenerator.generate(options);
    Map<String, byte[]> first = TestSites.snapshot(options.outputDir());
    SiteGenerator.generate(options);
    assertSameFiles(first, TestSites.snapshot(options.outputDir()));
  }

  @Test
  void foldersLeftByAKilledBuildAreRemovedByTheNextOne() throws Exception {
    BuildOptions options = TestSites.minimalSite(dir);
    SiteGenerator.generate(options);
    Path parent = options.outputDir().getParent();
    write(parent, ".site-new-1234567/index.html", "half written");
    write(parent, ".site-old-89/index.html", "previous site");
    write(parent, ".site-notes/keep.txt", "not ours");
    write(parent, "classes/keep.txt", "not ours either");
    SiteGenerator.generate(options);
    assertEquals(List.of(".site-notes", ".site.lock", "classes", "site"), siblings(options.outputDir()));
  }

  private static List<String> siblings(Path output) throws IOException {
    try (Stream<Path> list = Files.list(output.getParent())) {
      return list.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }
}
