package dev.hanji.calc;

import static dev.hanji.calc.SiteCalculators.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §5.4, worked by hand. */
class PartitionsCalculatorTest {

  @ParameterizedTest(name = "t={0}, p={1}, c={2} → {3}")
  @CsvSource({
      "100, 10, 5,  20",   // consumer side: 100/5
      "100, 30, 40, 4",    // producer side: 100/30 = 3.33 → 4
      "95,  10, 5,  19",
      "1,   10, 5,  1",
      "100, 100, 100, 1",
      "0.5, 10, 5,  1",
  })
  void partitionsCoverTheSlowerSide(String t, String p, String c, double partitions) {
    Result r = eval("partitions", "targetMBps", t, "producerMBpsPerPartition", p, "consumerMBpsPerPartition", c);
    assertEquals(partitions, r.number("partitions"));
  }

  @ParameterizedTest
  @CsvSource({"0, 10, 5", "100, 0, 5", "100, 10, -5"})
  void nonPositiveThroughputIsAnError(String t, String p, String c) {
    Result r = eval("partitions", "targetMBps", t, "producerMBpsPerPartition", p, "consumerMBpsPerPartition", c);
    assertFalse(r.ok());
    assertEquals("모든 처리량은 0보다 커야 합니다.", r.error("ko").orElseThrow());
  }
}
