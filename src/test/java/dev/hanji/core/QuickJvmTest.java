package dev.hanji.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a build gets a JVM of its own, and that the options and the output cross over to it intact. */
class QuickJvmTest {
  @Test
  void aJvmWhoseJitNobodyChoseBuildsInAJvmOfItsOwn() {
    assertTrue(QuickJvm.leavesTheJitToUs(List.of("-Xmx512m", "-Dmaven.home=/usr/share/maven")));
    for (String chosen : List.of(QuickJvm.C1_ONLY, "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
        "-XX:StartFlightRecording=filename=a.jfr", "-javaagent:agent.jar")) {
      assertFalse(QuickJvm.leavesTheJitToUs(List.of("-Xmx512m", chosen)), chosen);
    }
  }

  @Test
  void countsTheMarkdownFilesUpToTheLimit(@TempDir Path content) throws IOException {
    Files.createDirectories(content.resolve("ko/ops"));
    Files.writeString(content.resolve("ko/index.md"), "# 홈");
    Files.writeString(content.resolve("ko/ops/raid.md"), "# RAID");
    Files.writeString(content.resolve("site.yaml"), "title: 노트");
    assertTrue(QuickJvm.hasFewerSources(content, 3));
    assertFalse(QuickJvm.hasFewerSources(content, 2));
    assertFalse(QuickJvm.hasFewerSources(content.resolve("missing"), 3));
    assertTrue(QuickJvm.suits(List.of(), content));
    assertFalse(QuickJvm.suits(List.of(QuickJvm.C1_ONLY), content));
  }

  @Test
  void optionsCrossToAnotherJvmAsTheyAre(@TempDir Path project) {
    BuildOptions options = BuildOptions.forProject(project).withContentDir(Path.of("notes"))
        .withOutputDir(project.resolve("out dir")).withDrafts(true).withFailOnBrokenLinks(false).withPort(9090)
        .withSetting("baseUrl", "https://example.org/운영/").withSetting("title.ko", "제목 = 노트")
        .withImport(project.resolve("note.md"), true).withOptionSyntax(BuildOptions.OptionSyntax.CLI);
    assertEquals(options, BuildOptions.fromArguments(options.toArguments()));
    BuildOptions defaults = BuildOptions.forProject(project);
    assertEquals(defaults, BuildOptions.fromArguments(defaults.toArguments()));
  }

  @Test
  void aJvmOfItsOwnRunsWithC1AndItsOutputReachesTheCaller(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    int code = QuickJvm.run(Printer.class.getName(), List.of("첫 줄", "second"),
        System.getProperty("java.class.path"), lines::add, dir.resolve("cache"));
    assertEquals(3, code, lines.toString());
    assertEquals(List.of("첫 줄", "second", QuickJvm.C1_ONLY), lines);
  }

  /** Prints its arguments and whether it runs with C1 only, then exits with 3. */
  public static final class Printer {
    public static void main(String[] args) {
      java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
          true, java.nio.charset.StandardCharsets.UTF_8);
      for (String arg : args) {
        out.println(arg);
      }
      out.println(QuickJvm.thisJvmArguments().contains(QuickJvm.C1_ONLY) ? QuickJvm.C1_ONLY : "C2");
      System.exit(3);
    }
  }
}
