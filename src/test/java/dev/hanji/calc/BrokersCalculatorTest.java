package dev.hanji.calc;

import static dev.hanji.calc.SiteCalculators.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §5.3, worked by hand. */
class BrokersCalculatorTest {

  @Test
  void defaultsAreBoundByStorage() {
    Result r = eval("brokers");
    // 100 MB/s × 168 h × 3600 s × RF 3 = 181,440,000 MB = 181.44 TB
    assertEquals(181.44, r.number("storageTb"), 1e-12);
    assertEquals(38, r.number("storageBrokers")); // 181.44 / (6 × 0.8) = 37.8
    assertEquals(1, r.number("ingressBrokers")); // 300 / 625
    assertEquals(1, r.number("egressBrokers")); // 100 × 4 / 625
    assertEquals(1, r.number("partitionBrokers")); // 3000 / 4000
    assertEquals(38, r.number("brokers"));
    assertEquals("storage", r.text("limitingFactor"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // name | W | C | RF | H | D | F | P | storage | ingress | egress | partitions | brokers | factor
      "ingress binds     | 1000 | 0 | 3 | 1   | 100 | 0.8 | 1000   | 1 | 5 | 4 | 1  | 5  | ingress",
      "egress binds      | 1000 | 2 | 3 | 1   | 100 | 0.8 | 1000   | 1 | 5 | 7 | 1  | 7  | egress",
      "partitions bind   | 100  | 2 | 3 | 1   | 6   | 0.8 | 100000 | 1 | 1 | 1 | 75 | 75 | partitions",
      "replication binds | 1    | 2 | 3 | 1   | 6   | 0.8 | 10     | 1 | 1 | 1 | 1  | 3  | replication",
      "tie goes to storage | 1000 | 0 | 3 | 1 | 3   | 0.8 | 1000   | 5 | 5 | 4 | 1  | 5  | storage",
      "tie ingress/egress  | 1000 | 1 | 3 | 1 | 100 | 0.8 | 1000   | 1 | 5 | 5 | 1  | 5  | ingress",
  })
  void theLargestConstraintWinsWithTiesToTheEarlier(String name, String w, String c, String rf, String h, String d,
                                                     String f, String p, double storage, double ingress, double egress,
                                                     double partitions, double brokers, String factor) {
    Result r = eval("brokers", "writeMBps", w, "consumerGroups", c, "replicationFactor", rf, "retentionHours", h,
        "diskTbPerBroker", d, "diskFill", f, "partitions", p);
    assertTrue(r.ok(), r::toString);
    assertEquals(storage, r.number("storageBrokers"), name);
    assertEquals(ingress, r.number("ingressBrokers"), name);
    assertEquals(egress, r.number("egressBrokers"), name);
    assertEquals(partitions, r.number("partitionBrokers"), name);
    assertEquals(brokers, r.number("brokers"), name);
    assertEquals(factor, r.text("limitingFactor"), name);
  }

  @Test
  void storageCountsEveryReplicaInDecimalTerabytes() {
    Result r = eval("brokers", "writeMBps", "10", "retentionHours", "24", "replicationFactor", "2");
    assertEquals(10.0 * 24 * 3600 * 2 / 1e6, r.number("storageTb"));
    assertEquals(1.728, r.number("storageTb"), 1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "RF zero              | replicationFactor | 0    | The replication factor must be at least 1.",
      "RF negative          | replicationFactor | -2   | The replication factor must be at least 1.",
      "disk fill zero       | diskFill          | 0    | The highest disk fill must be greater than 0 and at most 1.",
      "disk fill above one  | diskFill          | 1.2  | Highest disk fill: enter a value of at most 1.",
      "network util zero    | networkUtil       | 0    | The target network utilisation must be greater than 0 and at most 1.",
      "network util negative| networkUtil       | -0.5 | Target network utilisation: enter a value of at least 0.",
      "negative write rate  | writeMBps         | -1   | Producer write rate: enter a value of at least 0.",
      "negative groups      | consumerGroups    | -1   | Consumer groups: enter a value of at least 0.",
      "non-numeric retention| retentionHours    | 7d   | Retention: enter a number.",
      "fractional partitions| partitions        | 10.5 | Leader partitions: enter a whole number.",
      "zero disk            | diskTbPerBroker   | 0    | The data disk and the NIC bandwidth per broker must be greater than 0.",
      "zero NIC             | nicMBps           | 0    | The data disk and the NIC bandwidth per broker must be greater than 0.",
  })
  void invalidInputsAreErrors(String name, String input, String value, String message) {
    Result r = eval("brokers", input, value);
    assertFalse(r.ok(), name);
    assertEquals(message, r.error("en").orElseThrow(), name);
  }

  @Test
  void diskFillAndNetworkUtilAcceptOneItself() {
    assertTrue(eval("brokers", "diskFill", "1", "networkUtil", "1").ok());
  }
}
