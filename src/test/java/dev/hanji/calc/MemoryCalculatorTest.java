package dev.hanji.calc;

import static dev.hanji.calc.SiteCalculators.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §5.2, worked by hand. */
class MemoryCalculatorTest {
  private static final double MB_PER_GIB = 1073.741824;

  @Test
  void defaultsSplit32GibIntoSixHeapOneOsAndTheRestCache() {
    Result r = eval("memory");
    assertEquals(25, r.number("pageCacheGib"));
    assertEquals(0.1875, r.number("heapShare"));
    assertEquals(25 * MB_PER_GIB / 100, r.number("bufferedSeconds"));
    assertEquals(268.435456, r.number("bufferedSeconds"), 1e-9);
    assertEquals(100 * 30 / MB_PER_GIB, r.number("requiredCacheGib"));
    assertEquals(2.7939677238464355, r.number("requiredCacheGib"), 1e-12);
    assertEquals(25 * MB_PER_GIB / 30, r.number("maxWriteMBps"));
    assertEquals("-Xms6g -Xmx6g", r.text("jvmFlags"));
    assertEquals(List.of(), r.warnings());
  }

  @ParameterizedTest
  @CsvSource({
      "6,    -Xms6g -Xmx6g",
      "6.5,  -Xms6656m -Xmx6656m",
      "0.3,  -Xms307m -Xmx307m",
      "12,   -Xms12g -Xmx12g",
      "0.25, -Xms256m -Xmx256m",
  })
  void jvmFlagsUseGigabytesForWholeNumbersElseMegabytes(String heap, String flags) {
    assertEquals(flags, eval("memory", "heapGib", heap, "ramGib", "64").text("jvmFlags"));
  }

  @ParameterizedTest(name = "ram {0}, heap {1}, write {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "64  | 10   | 100 | heap-over-8",
      "32  | 9    | 100 | heap-over-8 heap-over-quarter",
      "32  | 8    | 100 | ''",
      "16  | 6    | 100 | heap-over-quarter ram-below-32",
      "8   | 6    | 100 | heap-over-quarter cache-short ram-below-32",
      "128 | 32   | 100 | heap-over-8 compressed-oops",
      "128 | 31.5 | 100 | heap-over-8",
      "32  | 6    | 1000 | cache-short",
  })
  void warningsFollowTheirRules(String ram, String heap, String write, String codes) {
    Result r = eval("memory", "ramGib", ram, "heapGib", heap, "writeMBps", write);
    assertTrue(r.ok(), r::toString);
    assertEquals(codes.isBlank() ? List.of() : List.of(codes.split(" ")), r.warnings());
  }

  @Test
  void cacheShortComparesPageCacheWithThirtySecondsOfWrites() {
    // 1000 MB/s × 30 s = 27.94 GiB needed, 25 GiB available.
    Result r = eval("memory", "writeMBps", "1000");
    assertTrue(r.number("pageCacheGib") < r.number("requiredCacheGib"));
    assertEquals(25 * MB_PER_GIB / 1000, r.number("bufferedSeconds"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "heap + reserve equals ram  | 7  | 6 | 1 | 100 | 30 | The heap plus the OS reserve must be smaller than the RAM, or nothing is left for the page cache.",
      "heap + reserve exceeds ram | 4  | 6 | 1 | 100 | 30 | The heap plus the OS reserve must be smaller than the RAM, or nothing is left for the page cache.",
      "zero write rate            | 32 | 6 | 1 | 0   | 30 | Every input must be greater than 0.",
      "negative buffer            | 32 | 6 | 1 | 100 | -1 | Every input must be greater than 0.",
      "zero heap                  | 32 | 0 | 1 | 100 | 30 | Every input must be greater than 0.",
      "zero reserve               | 32 | 6 | 0 | 100 | 30 | Every input must be greater than 0.",
      "negative ram               | -32 | 6 | 1 | 100 | 30 | Every input must be greater than 0.",
      "non-numeric ram            | 3 2 | 6 | 1 | 100 | 30 | Server RAM: enter a number.",
  })
  void invalidInputsAreErrors(String name, String ram, String heap, String reserve, String write, String buffer,
                              String message) {
    Result r = eval("memory", "ramGib", ram, "heapGib", heap, "osReserveGib", reserve, "writeMBps", write,
        "bufferSeconds", buffer);
    assertFalse(r.ok(), name);
    assertEquals(message, r.error("en").orElseThrow());
    assertEquals(List.of(), r.warnings());
  }
}
