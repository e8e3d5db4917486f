package dev.hanji.output;

import static dev.hanji.testing.TestSites.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.diagnostics.BuildFailedException;
import dev.hanji.core.BuildOptions;
import dev.hanji.core.SiteGenerator;
import dev.hanji.testing.TestSites;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one output folder at once, in two processes: the second waits for the first or gives up naming
 * it, never deletes the first one's staging folder, and the site published is always complete.
 */
class ConcurrentBuildsTest {
  @TempDir
  Path dir;
  private BuildOptions options;
  private Path resume;
  private Process other;

  @BeforeEach
  void site() {
    options = TestSites.minimalSite(dir);
    write(dir, "content/ko/guide.md", "# 안내\n\n[홈](index.md)으로 돌아가기.\n");
    resume = dir.resolve("resume");
  }

  @AfterEach
  void stopOtherBuild() throws InterruptedException {
    if (other != null && other.isAlive()) {
      other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aBuildWhileAnotherWritesTheSameFolderFailsNamingItAndLeavesItsWorkAlone() throws Exception {
    startPausedBuild();
    Path staging = onlyStagingFolder();
    BuildFailedException e = assertThrows(BuildFailedException.class, () -> SiteGenerator.generate(options));
    assertTrue(e.getMessage().contains("target/site: error: another build (pid " + other.pid() + ") is writing"
        + " this output folder"), e.getMessage());
    assertTrue(Files.isDirectory(staging), "the live build's staging folder was deleted");
    finishOtherBuild();
    assertCompleteSite();
  }

  @Test
  void aBuildStartedWhileAnotherWritesWaitsForItAndPublishesAfterIt() throws Exception {
    startPausedBuild();
    write(dir, "content/ko/guide.md", "# 안내\n\n나중 빌드의 본문.\n");
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
      try {
        SiteGenerator.generate(options);
      } catch (BuildFailedException e) {
        throw new AssertionError(e.getMessage(), e);
      }
    });
    Thread.sleep(1000); // the second build is now waiting for the lock
    assertTrue(!second.isDone(), "the second build did not wait");
    finishOtherBuild();
    second.get(60, TimeUnit.SECONDS);
    assertTrue(Files.readString(options.outputDir().resolve("guide/index.html")).contains("나중 빌드의 본문."));
    assertCompleteSite();
  }

  @Test
  void aKilledBuildReleasesTheFolderAndTheNextBuildRemovesWhatItLeft() throws Exception {
    startPausedBuild();
    onlyStagingFolder();
    other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    SiteGenerator.generate(options);
    assertEquals(List.of(".site.lock", "site"), siblings());
    assertCompleteSite();
  }

  /** Starts a build of the same project in another JVM, which stops just before it swaps its site in. */
  private void startPausedBuild() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    other = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx256m",
        "-Dhanji.projectDir=" + TestSites.projectDir(), "-cp", System.getProperty("java.class.path"),
        PausedBuild.class.getName(), dir.toString(), resume.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    assertEquals(PausedBuild.PAUSED, line, "the other build did not reach its swap");
  }

  private void finishOtherBuild() throws Exception {
    Files.createFile(resume);
    assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the other build did not finish");
    assertEquals(0, other.exitValue(), "the other build failed");
  }

  private Path onlyStagingFolder() throws IOException {
    try (Stream<Path> list = Files.list(options.outputDir().getParent())) {
      List<Path> staging = list.filter(p -> p.getFileName().toString().startsWith(".site-new-")).toList();
      assertEquals(1, staging.size(), staging.toString());
      return staging.get(0);
    }
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(options.outputDir().getParent())) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The published site is the whole site these sources make, and nothing is left beside it. */
  private void assertCompleteSite() throws Exception {
    Map<String, byte[]> expected = SiteGenerator.build(options).files();
    Map<String, byte[]> published = TestSites.snapshot(options.outputDir());
    published.remove(SiteWriter.STAMP);
    assertEquals(expected.keySet(), published.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, published.get(path), path));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  /**
   * A real build of the project named by the first argument that prints {@link #PAUSED} once its site is staged
   * and waits, holding the output folder, until the file named by the second argument exists.
   */
  public static final class PausedBuild {
    static final String PAUSED = "paused before the swap";

    private PausedBuild() {
    }

    /** Builds, pausing before the swap; exits 0 once the site is published. */
    public static void main(String[] args) throws Exception {
      Path resume = Path.of(args[1]);
      SiteGenerator.generate(TestSites.options(Path.of(args[0])), (stage, done, total) -> {
        if (stage.startsWith("writing")) {
          System.out.println(PAUSED);
          System.out.flush();
          awaitFile(resume);
        }
      });
      System.exit(0);
    }

    private static void awaitFile(Path file) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(file) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
