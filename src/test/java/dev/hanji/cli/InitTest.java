package dev.hanji.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanji.maven.GenerateMojo;
import dev.hanji.maven.InitMojo;
import dev.hanji.testing.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init} starts a site that builds as it is, with the theme from the plugin: through the command line, and
 * through the Maven goals run in-process as Maven would run them (the same mojo classes, their parameters set).
 */
class InitTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void initWritesASiteThatTheCommandLineBuildsWithTheBundledTheme() throws Exception {
    Path site = dir.resolve("my-notes");
    assertEquals(Main.OK, run("init", site.toString(), "--languages=ko,en", "--title=운영 노트",
        "--baseUrl=https://me.github.io/my-notes/"), err());
    for (String file : new String[] {"pom.xml", "content/site.yaml", "content/ko/index.md", "content/en/index.md",
        ".github/workflows/pages.yml", ".gitignore", "README.md"}) {
      assertTrue(Files.isRegularFile(site.resolve(file)), file + "\n" + out());
    }
    assertFalse(Files.exists(site.resolve("site-templates")), "the theme stays in the plugin");
    assertFalse(Files.exists(site.resolve("static")), "the theme stays in the plugin");
    String pom = Files.readString(site.resolve("pom.xml"));
    assertTrue(pom.contains("<artifactId>hanji-maven-plugin</artifactId>") && pom.contains("<groupId>dev.hanji")
        && !pom.contains("${") && !pom.contains("{{"), pom);
    String workflow = Files.readString(site.resolve(".github/workflows/pages.yml"));
    assertTrue(workflow.contains("fetch-depth: 0") && workflow.contains("mvn -B site:generate"), workflow);

    out.reset();
    assertEquals(Main.OK, run("generate", "--projectDir=" + site), err());
    Path output = site.resolve("target/site");
    String home = Files.readString(output.resolve("index.html"));
    assertTrue(home.contains("<title>운영 노트</title>") && home.contains("https://me.github.io/my-notes/"), home);
    assertTrue(Files.readString(output.resolve("en/index.html")).contains("lang=\"en\""));
    assertArrayEquals(Files.readAllBytes(TestSites.projectDir().resolve("static/assets/site.css")),
        Files.readAllBytes(output.resolve("assets/site.css")), "the stylesheet comes from the plugin");
    assertTrue(Files.isRegularFile(output.resolve("assets/favicon.svg")));
    assertFalse(Files.exists(output.resolve("images")), "the Kafka guide's figures are not theme");
    assertTrue(out().contains("stale translations: 0"),
        "the English home records the Korean one it translates\n" + out());
  }

  @Test
  void theMavenGoalsInitAndBuildTheSameSite() throws Exception {
    Path site = dir.resolve("by-maven");
    InitMojo init = new InitMojo();
    set(init, "dir", site.toFile());
    set(init, "languages", "ko");
    execute(init);
    assertTrue(Files.readString(site.resolve("content/site.yaml")).contains("languages: [ko]"));
    assertFalse(Files.exists(site.resolve("content/en")));

    GenerateMojo generate = new GenerateMojo();
    set(generate, "baseDir", site.toFile());
    set(generate, "failOnBrokenLinks", true);
    execute(generate);
    Path output = site.resolve("target/site");
    String home = Files.readString(output.resolve("index.html"));
    assertTrue(home.contains("<title>내 노트</title>"), home);
    assertFalse(Files.exists(output.resolve("en")), "a Korean-only site writes nothing under /en/");
    assertFalse(Files.exists(output.resolve("translations")), "and no translation status page");
    assertFalse(home.contains("translations/") || home.contains("hreflang=\"en\""), home);
  }

  @Test
  void refusesAFolderThatIsNotEmptyAndForceOnlyAddsWhatIsMissing() throws Exception {
    Path site = dir.resolve("busy");
    TestSites.write(site, "notes.txt", "mine");
    TestSites.write(site, "README.md", "my own readme");
    Map<String, byte[]> before = TestSites.snapshot(site);
    assertEquals(Main.BUILD_FAILED, run("init", site.toString()));
    assertTrue(err().contains("folder is not empty (README.md, notes.txt)") && err().contains("--force"), err());
    assertEquals(before.keySet(), TestSites.snapshot(site).keySet(), "nothing written");

    assertEquals(Main.OK, run("init", site.toString(), "--force"), err());
    assertEquals("mine", Files.readString(site.resolve("notes.txt")), "nothing removed");
    assertEquals("my own readme", Files.readString(site.resolve("README.md")), "nothing replaced");
    assertTrue(out().contains("kept: README.md") && out().contains("written: pom.xml"), out());
  }

  @Test
  void aFolderWithOnlyAGitRepositoryCountsAsEmpty() throws Exception {
    Path site = dir.resolve("repo");
    Files.createDirectories(site.resolve(".git"));
    assertEquals(Main.OK, run("init", site.toString()), err());
  }

  @Test
  void badOptionsAreUsageOrBuildErrorsAtTheOption() {
    assertEquals(Main.USAGE, run("init"));
    assertEquals(Main.USAGE, run("init", dir.resolve("x").toString(), "--drafts"));
    assertEquals(Main.BUILD_FAILED, run("init", dir.resolve("x").toString(), "--languages=ko,ja",
        "--baseUrl=htp:/x"));
    assertTrue(err().contains("--languages: error: languages 'ko,ja': 'ja' has no UI text in the theme — "), err());
    assertTrue(err().contains("--baseUrl: error: baseUrl 'htp:/x/' is not an absolute http(s) URL"), err());
    assertFalse(Files.exists(dir.resolve("x")), "nothing written");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static void execute(AbstractMojo mojo) throws Exception {
    mojo.execute();
  }

  /** Sets a mojo parameter as Maven's injection does. */
  private static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
    Class<?> type = mojo.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value instanceof File file ? file : value);
        return;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      }
    }
    throw new NoSuchFieldException(name);
  }
}
