package dev.hanji.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
