package dev.hanji.calc;

import static dev.hanji.calc.SiteCalculators.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DESIGN §5.1, worked by hand. */
class RaidCalculatorTest {

  @Test
  void defaultsAreTwelveOneTerabyteDisksInRaid10() {
    Result r = eval("raid");
    assertEquals(12, r.number("rawTb"));
    assertEquals(6, r.number("usableTb"));
    assertEquals(6e12 / Math.pow(2, 40), r.number("usableTib"));
    assertEquals(0.5, r.number("efficiency"));
    assertEquals(1, r.number("faultTolerance"));
    assertEquals(6, r.number("maxFaultTolerance"));
    assertEquals(2, r.number("writePenalty"));
  }

  @ParameterizedTest(name = "RAID {0}, {1} × {2} TB, {3} groups")
  @CsvSource({
      // level, disks, diskTb, groups, raw, usable, faultTolerance, maxFaultTolerance, writePenalty
      "0,  4, 2, 2,  8,  8, 0, 0, 1",
      "1,  2, 4, 2,  8,  4, 1, 1, 2",
      "1,  3, 4, 2, 12,  4, 2, 2, 3",
      "5,  5, 2, 2, 10,  8, 1, 1, 4",
      "6,  6, 3, 2, 18, 12, 2, 2, 6",
      "10, 8, 4, 2, 32, 16, 1, 4, 2",
      "50, 12, 1, 3, 12, 9, 1, 3, 4",
      "60, 16, 2, 2, 32, 24, 2, 4, 6",
      "50, 6, 1, 2, 6, 4, 1, 2, 4",
      "60, 8, 1, 2, 8, 4, 2, 4, 6",
  })
  void eachLevelFollowsTheTable(String level, String disks, String diskTb, String groups, double raw, double usable,
                                double faultTolerance, double maxFaultTolerance, double writePenalty) {
    Result r = eval("raid", "level", level, "disks", disks, "diskTb", diskTb, "groups", groups);
    assertTrue(r.ok(), r::toString);
    assertEquals(raw, r.number("rawTb"));
    assertEquals(usable, r.number("usableTb"));
    assertEquals(usable / raw, r.number("efficiency"));
    assertEquals(faultTolerance, r.number("faultTolerance"));
    assertEquals(maxFaultTolerance, r.number("maxFaultTolerance"));
    assertEquals(writePenalty, r.number("writePenalty"));
  }

  @Test
  void oneTerabyteIsAbout0point909TebibytesAsTheDesignStates() {
    Result r = eval("raid", "level", "0", "disks", "2", "diskTb", "0.5");
    assertEquals(1, r.number("usableTb"));
    assertEquals(0.909494702, r.number("usableTib"), 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "RAID 0 with one disk       | 0  | 1  | 1   | 2 | RAID 0 and RAID 1 need at least 2 disks.",
      "RAID 1 with one disk       | 1  | 1  | 1   | 2 | RAID 0 and RAID 1 need at least 2 disks.",
      "RAID 5 with two disks      | 5  | 2  | 1   | 2 | RAID 5 needs at least 3 disks.",
      "RAID 6 with three disks    | 6  | 3  | 1   | 2 | RAID 6 needs at least 4 disks.",
      "RAID 10 with two disks     | 10 | 2  | 1   | 2 | RAID 10 needs at least 4 disks.",
      "odd RAID 10                | 10 | 7  | 1   | 2 | RAID 10 mirrors disks in pairs, so the number of disks must be even.",
      "RAID 50 with one group     | 50 | 12 | 1   | 1 | RAID 50 and RAID 60 need at least 2 groups.",
      "RAID 60 with zero groups   | 60 | 12 | 1   | 0 | RAID 50 and RAID 60 need at least 2 groups.",
      "uneven RAID 50 groups      | 50 | 12 | 1   | 5 | The number of disks must divide evenly by the number of groups, since every group has the same number of disks.",
      "RAID 50, 2 disks per group | 50 | 4  | 1   | 2 | RAID 50 needs at least 3 disks per group (6 or more in total).",
      "RAID 60, 3 disks per group | 60 | 12 | 1   | 4 | RAID 60 needs at least 4 disks per group (8 or more in total).",
      "zero disk size             | 10 | 12 | 0   | 2 | The capacity per disk must be greater than 0.",
      "negative disk size         | 10 | 12 | -1  | 2 | The capacity per disk must be greater than 0.",
      "negative disk count        | 10 | -4 | 1   | 2 | Number of disks: enter a value of at least 1.",
      "fractional disk count      | 10 | 4.5| 1   | 2 | Number of disks: enter a whole number.",
      "non-numeric disk count     | 10 | 4x | 1   | 2 | Number of disks: enter a number.",
      "unknown level              | 7  | 12 | 1   | 2 | RAID level: pick a value from the list.",
      "too many disks             | 10 | 100000 | 1 | 2 | Number of disks: enter a value of at most 1,000.",
  })
  void invalidLayoutsAreErrors(String name, String level, String disks, String diskTb, String groups, String message) {
    Result r = eval("raid", "level", level, "disks", disks, "diskTb", diskTb, "groups", groups);
    assertFalse(r.ok(), name);
    assertEquals(message, r.error("en").orElseThrow());
    assertEquals(Map.of(), r.values());
    assertEquals("", r.dataValue("rawTb"));
  }

  @Test
  void errorMessagesAreInKoreanForKoreanPages() {
    Result r = eval("raid", "level", "10", "disks", "7");
    assertEquals("RAID 10은 디스크를 두 개씩 미러로 묶으므로 디스크 수가 짝수여야 합니다.", r.error("ko").orElseThrow());
    assertEquals("디스크 수: 정수를 입력하십시오.", eval("raid", "disks", "4.5").error("ko").orElseThrow());
  }

  @Test
  void groupsAreIgnoredOutsideRaid50And60() {
    assertTrue(eval("raid", "level", "10", "groups", "0").ok());
    assertTrue(eval("raid", "level", "5", "disks", "7", "groups", "3").ok());
  }
}
