package dev.hanji.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which commands the CLI runs in a JVM of their own. */
class QuickStartJvmTest {
  @Test
  void generateRunsInAJvmOfItsOwnUnlessTheUserChoseTheJit() {
    assertTrue(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-Xmx512m")));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-XX:TieredStopAtLevel=4")));
    assertFalse(QuickStartJvm.wanted(new String[] {"generate"}, List.of("-javaagent:agent.jar")));
  }

  @Test
  void serveAndTheOtherCommandsKeepThisJvm() {
    for (String command : List.of("serve", "import", "init", "--help")) {
      assertFalse(QuickStartJvm.wanted(new String[] {command}, List.of()));
    }
    assertFalse(QuickStartJvm.wanted(new String[0], List.of()));
  }
}
