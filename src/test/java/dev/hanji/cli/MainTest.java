package dev.hanji.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.testing.FixtureSite;
import dev.hanji.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's subcommands and exit codes: 0 success, 1 build errors, 2 usage errors. */
class MainTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String project;

  @BeforeEach
  void copyFixture() {
    FixtureSite.copyTo(dir);
    project = "--projectDir=" + dir;
  }

  @Test
  void helpListsEveryCommandAndExitsZero() {
    assertEquals(Main.OK, run("--help"));
    for (String word : new String[] {"generate", "serve", "import", "--port=", "--baseUrl=", "--cname="}) {
      assertTrue(out().contains(word), word);
    }
  }

  @Test
  void helpAfterACommandShowsTheUsageToo() {
    assertEquals(Main.OK, run("generate", "--help"));
    assertTrue(out().contains("--outputDirectory="), out());
  }

  @Test
  void versionExitsZero() {
    assertEquals(Main.OK, run("--version"));
    assertTrue(out().startsWith("hanji "), out());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(Main.USAGE, run());
    assertEquals(Main.USAGE, run("publish"));
    assertTrue(err().contains("unknown command 'publish'"), err());
    assertEquals(Main.USAGE, run("generate", "--colour=blue"));
    assertTrue(err().contains("unknown option '--colour'"), err());
    assertEquals(Main.USAGE, run("serve", "--port=eighty"));
    assertTrue(err().contains("--port takes a number"), err());
  }

  @Test
  void generateWritesTheSiteAndExitsZero() {
    assertEquals(Main.OK, run("generate", project, "--cname=docs.example.org"), err());
    assertTrue(Files.isRegularFile(dir.resolve("target/site/ops/raid/index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("target/site/CNAME")));
    assertTrue(out().contains("site written to"), out());
  }

  @Test
  void generateWithABuildErrorExitsOneAndNamesTheFile() throws Exception {
    Files.writeString(dir.resolve("content/ko/ops/raid.md"), "---\ntitle: [unclosed\n---\n본문입니다.\n");
    assertEquals(Main.BUILD_FAILED, run("generate", project));
    assertTrue(err().matches("(?s).*content/ko/ops/raid\\.md:\\d+.*"), err());
    assertFalse(Files.exists(dir.resolve("target/site")));
  }

  @Test
  void generateIntoTheContentFolderExitsOneAndDeletesNothing() throws Exception {
    String before = Files.readString(dir.resolve("content/ko/ops/raid.md"));
    assertEquals(Main.BUILD_FAILED, run("generate", project, "--outputDirectory=content"));
    assertTrue(err().startsWith("content: error: the output folder is the content folder (content)"), err());
    assertEquals(before, Files.readString(dir.resolve("content/ko/ops/raid.md")));
    assertEquals(Main.BUILD_FAILED, run("generate", project, "--outputDirectory=."));
    assertTrue(err().contains(".: error: the output folder is the project folder"), err());
    assertTrue(Files.isRegularFile(dir.resolve("content/ko/ops/raid.md")));
  }

  @Test
  void aDiskErrorWhileWritingIsADiagnosticNamingTheFileAndKeepsTheOldSite() throws Exception {
    assertEquals(Main.OK, run("generate", project), err());
    Map<String, byte[]> before = TestSites.snapshot(dir.resolve("target/site"));
    String slug = "x".repeat(300); // longer than any file name the disk allows
    Files.writeString(dir.resolve("content/ko/long.md"), "---\nslug: " + slug + "\n---\n# 긴 이름\n");
    assertEquals(Main.BUILD_FAILED, run("generate", project));
    assertTrue(err().startsWith("target/site/" + slug + "/index.html: error: cannot write: File name too long"
        + " — check that the folder is writable and the disk has space\n"), err());
    assertFalse(err().contains("Exception"), err());
    Map<String, byte[]> after = TestSites.snapshot(dir.resolve("target/site"));
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }

  @Test
  void aBadBaseUrlOptionIsOneErrorAtTheOptionAndExitsOne() {
    assertEquals(Main.BUILD_FAILED, run("generate", project, "--baseUrl=https://docs.example.org/a\"b/"));
    assertEquals("--baseUrl: error: baseUrl 'https://docs.example.org/a\"b/' is not a valid URL (illegal character "
        + "in path at index 26) — write the absolute address the site is published at, such as "
        + "https://user.github.io/repo/, with spaces and quotes percent-encoded", err().lines().findFirst().orElse(""));
    assertEquals(2, err().lines().count(), "one error and the summary: " + err());
    assertFalse(Files.exists(dir.resolve("target/site")));
  }

  @Test
  void importWritesPagesOrExitsOneWithoutANote() throws Exception {
    assertEquals(Main.BUILD_FAILED, run("import", project));
    assertTrue(err().contains("no note to import"), err());

    Path note = Files.writeString(dir.resolve("note.md"), "# 디스크 메모\n\n## 디스크 구성\n\nJBOD를 씁니다.\n");
    assertEquals(Main.OK, run("import", project, "--importFile=" + note), err());
    assertTrue(out().contains("written: content/ko/"), out());
  }

  @Test
  void serveOnABusyPortExitsOneWithAClearMessage() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      assertEquals(Main.BUILD_FAILED, run("serve", project, "--port=" + port));
      assertTrue(err().contains("port " + port + " is in use — pass -Dsite.port="), err());
    }
  }

  @Test
  void serveServesUntilStopped() throws Exception {
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving = new Thread(() -> code.set(run("serve", project, "--port=0", "--baseUrl=https://example.org/")));
    serving.start();
    try {
      String url = awaitUrl();
      HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
      assertTrue(home.body().contains("시작하기"));
    } finally {
      serving.interrupt();
      serving.join(10_000);
    }
    assertFalse(serving.isAlive());
    assertEquals(Main.OK, code.get());
    assertTrue(out().contains("preview server stopped"), out());
  }

  private String awaitUrl() throws InterruptedException {
    Pattern url = Pattern.compile("preview: (http://127\\.0\\.0\\.1:\\d+/)");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      Matcher found = url.matcher(out());
      if (found.find()) {
        return found.group(1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no URL: " + out() + err());
  }

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
