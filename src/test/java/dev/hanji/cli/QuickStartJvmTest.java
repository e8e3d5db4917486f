package dev.hanji.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands the CLI runs in a C1-only JVM. */
class QuickStartJvmTest {
  @Test
  void generateRunsWithC1OnlyUnlessTheUserChoseTheJit() {
    assertTrue(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-Xmx512m")));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of(QuickStartJvm.C1_ONLY)));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-XX:TieredStopAtLevel=4")));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-XX:-TieredCompilation")));
  }

  @Test
  void aProfiledOrInstrumentedBuildStaysInItsJvm() {
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-XX:StartFlightRecording=filename=a.jfr")));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-javaagent:agent.jar")));
  }

  @Test
  void serveAndTheOtherCommandsKeepTheDefaultJit() {
    for (String command : List.of("serve", "import", "init", "--help")) {
      assertFalse(QuickStartJvm.wanted(new String[] {command}, List.of()));
    }
    assertFalse(QuickStartJvm.wanted(new String[0], List.of()));
  }

  @Test
  void countsTheMarkdownFilesUpToTheLimit(@TempDir Path content) throws IOException {
    Files.createDirectories(content.resolve("ko/ops"));
    Files.writeString(content.resolve("ko/index.md"), "# 홈");
    Files.writeString(content.resolve("ko/ops/raid.md"), "# RAID");
    Files.writeString(content.resolve("site.yaml"), "title: 노트");
    assertTrue(QuickStartJvm.hasFewerSources(content, 3));
    assertFalse(QuickStartJvm.hasFewerSources(content, 2));
    assertFalse(QuickStartJvm.hasFewerSources(content.resolve("missing"), 3));
  }
}
