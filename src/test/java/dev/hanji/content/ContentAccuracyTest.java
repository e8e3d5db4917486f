package dev.hanji.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanji.calc.Calculators;
import dev.hanji.calc.Result;
import dev.hanji.core.BuildOptions;
import dev.hanji.diagnostics.Diagnostics;
import dev.hanji.sources.FolderWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the pages to their own arithmetic: no page claims more page cache than the RAM minus the heap,
 * every worked calculator example on a page is what the calculator computes for those inputs, the RAID
 * comparison table agrees with the RAID calculator, and the Korean and English pages carry the same
 * figures.
 */
class ContentAccuracyTest {

  private static final Path PROJECT = Path.of(
      System.getProperty("hanji.projectDir", System.getProperty("user.dir")));
  private static final Path CONTENT = PROJECT.resolve("content");
  private static final List<String> PAGES =
      List.of("index", "operating-models", "broker-hardware", "raid", "filesystems", "cluster-sizing", "glossary");

  private static Calculators calculators;

  // ---------------------------------------------------------------- page cache ≤ RAM − heap

  private static final String NUM = "(\\d+(?:\\.\\d+)?)(?:\\s*[~–-]\\s*(\\d+(?:\\.\\d+)?))?";
  private static final String MEM = "\\s*(?:GB|GiB)(?![A-Za-z/])";
  private static final List<Pattern> CACHE = List.of(
      Pattern.compile("(?:페이지|파일시스템) 캐시[^.\\d]{0,25}?" + NUM + MEM),
      Pattern.compile(NUM + MEM + "의 (?:페이지|파일시스템) 캐시"),
      Pattern.compile("(?i)(?:page|filesystem|file system) cache[^.\\d]{0,25}?" + NUM + MEM),
      Pattern.compile("(?i)" + NUM + MEM + "\\s+(?:of\\s+|for\\s+the\\s+)?(?:OS\\s+)?(?:page|filesystem|file system)\\s+cache"));
  private static final List<Pattern> RAM = List.of(
      Pattern.compile(NUM + MEM + "\\s*(?:머신|서버|구성|machine|server|development broker|broker)"),
      Pattern.compile("RAM\\s*" + NUM + MEM),
      Pattern.compile(NUM + MEM + "\\s*(?:of\\s+)?RAM"));
  private static final List<Pattern> HEAP = List.of(
      Pattern.compile("힙(?:을|은|이|는)?\\s*(?:약\\s*)?" + NUM + MEM),
      Pattern.compile("(?i)" + NUM + MEM + "\\s*(?:JVM\\s+)?heap"),
      Pattern.compile("(?i)heap\\s+(?:larger than|of|to|at|is)\\s+" + NUM + MEM));

  /** A figure found in the text: where it ends, and its value (the upper end of a range). */
  private record Figure(int start, int end, double value, String text) {
  }

  /** Every page-cache figure in {@code markdown} that exceeds RAM − heap, with the figures it was checked against. */
  static List<String> cacheClaimsOverRamMinusHeap(String markdown, List<String> checked) {
    List<String> problems = new ArrayList<>();
    for (String paragraph : paragraphs(markdown)) {
      List<Figure> ram = find(RAM, paragraph);
      List<Figure> heap = find(HEAP, paragraph);
      for (Figure cache : find(CACHE, paragraph)) {
        Figure r = nearest(ram, cache);
        Figure h = nearest(heap, cache);
        if (r == null || h == null) {
          continue; // a requirement or a figure without a machine to hold it to
        }
        String claim = "'" + cache.text + "' with RAM '" + r.text + "' and heap '" + h.text + "'";
        checked.add(claim);
        if (cache.value > r.value - h.value + 1e-9) {
          problems.add(claim + " in: " + paragraph);
        }
      }
    }
    return problems;
  }

  private static List<Figure> find(List<Pattern> patterns, String text) {
    List<Figure> figures = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String upper = m.group(2) != null ? m.group(2) : m.group(1);
        figures.add(new Figure(m.start(), m.end(), Double.parseDouble(upper), m.group()));
      }
    }
    return figures;
  }

  /** The last figure that starts before {@code of} in the paragraph, else the first one after it. */
  private static Figure nearest(List<Figure> figures, Figure of) {
    Figure before = null;
    Figure after = null;
    for (Figure f : figures) {
      if (f.start < of.start && (before == null || f.start > before.start)) {
        before = f;
      } else if (f.start > of.start && (after == null || f.start < after.start)) {
        after = f;
      }
    }
    return before != null ? before : after;
  }

  /** Paragraphs of prose (each list item and table row on its own), links and emphasis reduced to text. */
  static List<String> paragraphs(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inFence = false;
    for (String raw : markdown.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
        flush(current, paragraphs);
        continue;
      }
      if (inFence) {
        continue;
      }
      boolean starts = line.isEmpty() || line.startsWith("- ") || line.startsWith("|") || line.startsWith("#")
          || line.matches("\\d+\\. .*") || line.startsWith("!!!");
      if (starts) {
        flush(current, paragraphs);
      }
      if (!line.isEmpty()) {
        current.append(current.length() == 0 ? "" : " ").append(line);
      }
      if (line.startsWith("|") || line.startsWith("#")) {
        flush(current, paragraphs);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString()
          .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .replace("**", "").replace("`", ""));
      current.setLength(0);
    }
  }

  @Test
  void noPageClaimsMorePageCacheThanRamMinusHeap() {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (String lang : List.of("ko", "en")) {
      for (String page : PAGES) {
        for (String p : cacheClaimsOverRamMinusHeap(body(lang, page), checked)) {
          problems.add(lang + "/" + page + ".md: " + p);
        }
      }
    }
    assertTrue(problems.isEmpty(), "page cache larger than RAM − heap:\n" + String.join("\n", problems));
    assertTrue(checked.size() >= 6, "too few page-cache claims were recognised to check: " + checked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "32 GB 머신에서 힙을 6 GB로 잡으면 파일시스템 캐시로 28~30 GB 정도를 쓸 수 있습니다.",
      "Confluent notes that brokers do not need a heap larger than 6 GB. On a 32 GB machine that leaves 28–30 GB for the filesystem cache.",
      "기본값(RAM 32 GiB, 힙 6 GiB)이면 페이지 캐시는 27 GiB입니다.",
      "A 16 GB development broker with a 6 GB heap has about 11 GB of page cache."})
  void theCacheCheckCatchesImpossibleClaims(String text) {
    List<String> checked = new ArrayList<>();
    assertEquals(1, cacheClaimsOverRamMinusHeap(text, checked).size(), text + " / " + checked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "32 GB 머신에서 힙을 6 GB로 잡으면 파일시스템 캐시로 쓸 수 있는 메모리는 많아야 26 GB입니다.",
      "With the defaults (RAM 32 GiB, 6 GiB heap, 1 GiB reserve) the page cache is 25 GiB.",
      "개발용 16 GB 구성은 힙 6 GB와 운영체제 몫 1 GB를 빼면 페이지 캐시가 약 9 GB에 그칩니다."})
  void theCacheCheckAcceptsPossibleClaims(String text) {
    List<String> checked = new ArrayList<>();
    assertEquals(List.of(), cacheClaimsOverRamMinusHeap(text, checked));
    assertEquals(1, checked.size(), text + " was not recognised as a claim");
  }

  // ---------------------------------------------------------------- worked examples = calculators

  /**
   * A worked example on a page. Each line is page text in which {@code {output}} stands for the
   * calculator's value for {@code inputs} ({@code {output:1}}: one decimal, {@code {output:%1}}: a
   * percentage with one decimal); the page must contain every line with those values filled in.
   */
  private record Example(String page, String lang, String calc, Map<String, String> inputs, String kind,
                         Map<String, Object> expect, List<String> lines) {
    @Override
    public String toString() {
      return lang + "/" + page + " " + calc + " " + inputs;
    }
  }

  private static final String DEFAULTS = "defaults";

  private static Example ex(String page, String lang, String calc, String kind, Map<String, String> inputs,
                            Map<String, Object> expect, String... lines) {
    return new Example(page, lang, calc, inputs, kind, expect, List.of(lines));
  }

  private static Map<String, String> in(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Stream<Example> examples() {
    Map<String, String> memoryDefaults = in("ramGib", "32", "heapGib", "6", "osReserveGib", "1", "writeMBps", "100");
    Map<String, String> brokersDefaults = in("writeMBps", "100", "consumerGroups", "2", "replicationFactor", "3",
        "retentionHours", "168", "diskTbPerBroker", "6", "diskFill", "0.8", "nicMBps", "1250", "networkUtil", "0.5",
        "partitions", "1000", "maxReplicasPerBroker", "4000");
    Map<String, String> example2 = in("writeMBps", "500", "consumerGroups", "10", "retentionHours", "6");
    return Stream.of(
        // broker-hardware: memory
        ex("broker-hardware", "ko", "memory", DEFAULTS, memoryDefaults, Map.of("warnings", List.of()),
            "기본값(RAM 32 GiB, 힙 6 GiB, 예약 1 GiB, 쓰기 100 MB/s)이면 페이지 캐시는 {pageCacheGib} GiB이고, "
                + "쓰기 약 {bufferedSeconds:0}초 분량을 담을 수 있습니다. 경고는 없습니다."),
        ex("broker-hardware", "en", "memory", DEFAULTS, memoryDefaults, Map.of("warnings", List.of()),
            "With the defaults (RAM 32 GiB, 6 GiB heap, 1 GiB reserve, 100 MB/s) the page cache is {pageCacheGib} GiB, "
                + "enough for about {bufferedSeconds:0} seconds of writes, and there is no warning."),
        ex("broker-hardware", "ko", "memory", "", in("writeMBps", "100", "bufferSeconds", "30"), Map.of(),
            "브로커 한 대에 100 MB/s가 기록된다면 3,000 MB, 약 {requiredCacheGib:1} GiB의 페이지 캐시가 최소한 필요합니다."),
        ex("broker-hardware", "en", "memory", "", in("writeMBps", "100", "bufferSeconds", "30"), Map.of(),
            "A broker taking 100 MB/s therefore needs at least 3,000 MB — about {requiredCacheGib:1} GiB — of page cache."),
        ex("broker-hardware", "ko", "memory", "preset:development", in("ramGib", "16", "heapGib", "6"),
            Map.of("warnings", List.of("heap-over-quarter", "ram-below-32")),
            "개발용 프리셋(RAM 16 GiB, 힙 6 GiB)을 고르면 페이지 캐시는 {pageCacheGib} GiB로 줄고, "
                + "힙 비율이 {heapShare:%1} %라서 25 % 경고와 32 GiB 미만 경고가 함께 나타납니다."),
        ex("broker-hardware", "en", "memory", "preset:development", in("ramGib", "16", "heapGib", "6"),
            Map.of("warnings", List.of("heap-over-quarter", "ram-below-32")),
            "Pick the development preset (RAM 16 GiB, 6 GiB heap) and the page cache shrinks to {pageCacheGib} GiB; "
                + "the heap share is {heapShare:%1} %, so both the 25 % warning and the below-32 GiB warning appear."),
        ex("broker-hardware", "ko", "memory", "", in("ramGib", "32", "heapGib", "6"), Map.of(),
            "32 GB 머신에 힙 6 GB면 약 {heapShare:%0} %입니다."),
        ex("broker-hardware", "en", "memory", "", in("ramGib", "32", "heapGib", "6"), Map.of(),
            "A 6 GB heap on a 32 GB machine is about {heapShare:%0} %."),
        // raid
        ex("raid", "ko", "raid", DEFAULTS, in("level", "10", "disks", "12", "diskTb", "1"), Map.of(),
            "기본값인 RAID 10, 1 TB 디스크 12개라면 원시 용량 {rawTb} TB 가운데 {usableTb} TB(약 {usableTib:2} TiB)를 쓰고"),
        ex("raid", "en", "raid", DEFAULTS, in("level", "10", "disks", "12", "diskTb", "1"), Map.of(),
            "twelve 1 TB disks — you get {usableTb} TB usable (about {usableTib:2} TiB) out of {rawTb} TB raw"),
        ex("raid", "ko", "raid", "", in("level", "1", "disks", "3", "diskTb", "1"), Map.of(),
            "레벨을 RAID 1로 바꾸고 디스크를 3개로 하면 3중 미러가 되어, 실사용 용량은 {usableTb} TB, "
                + "항상 견디는 장애는 {faultTolerance}개, 쓰기 페널티는 {writePenalty}입니다.",
            "3중 미러면 {writePenalty}입니다."),
        ex("raid", "en", "raid", "", in("level", "1", "disks", "3", "diskTb", "1"), Map.of(),
            "Switch to RAID 1 with 3 disks and you have a three-way mirror: {usableTb} TB usable, "
                + "{faultTolerance} failures always survived, and a write penalty of {writePenalty}.",
            "{writePenalty} for a three-way mirror of three disks."),
        ex("raid", "ko", "raid", "", in("level", "1", "disks", "2"), Map.of(), "디스크 두 개면 {writePenalty},"),
        ex("raid", "en", "raid", "", in("level", "1", "disks", "2"), Map.of(), "(write penalty n): {writePenalty} with two disks"),
        // cluster-sizing: brokers
        ex("cluster-sizing", "ko", "brokers", DEFAULTS, brokersDefaults, Map.of("limitingFactor", "storage"),
            "필요 저장 용량: 100 × 168 × 3,600 × 3 ÷ 10⁶ = {storageTb:2} TB",
            "저장 기준: ⌈181.44 ÷ (6 × 0.8)⌉ = ⌈37.8⌉ = {storageBrokers}대",
            "유입 기준: ⌈100 × 3 ÷ 625⌉ = {ingressBrokers}대",
            "유출 기준: ⌈100 × (2 + 3 − 1) ÷ 625⌉ = {egressBrokers}대",
            "파티션 기준: ⌈1,000 × 3 ÷ 4,000⌉ = {partitionBrokers}대",
            "필요한 브로커는 {brokers}대이고 병목은 저장 용량입니다."),
        ex("cluster-sizing", "en", "brokers", DEFAULTS, brokersDefaults, Map.of("limitingFactor", "storage"),
            "Storage needed: 100 × 168 × 3,600 × 3 ÷ 10⁶ = {storageTb:2} TB",
            "Storage: ⌈181.44 ÷ (6 × 0.8)⌉ = ⌈37.8⌉ = {storageBrokers} brokers",
            "Ingress: ⌈100 × 3 ÷ 625⌉ = {ingressBrokers} broker",
            "Egress: ⌈100 × (2 + 3 − 1) ÷ 625⌉ = {egressBrokers} broker",
            "Partitions: ⌈1,000 × 3 ÷ 4,000⌉ = {partitionBrokers} broker",
            "You need {brokers} brokers, and storage is the limit."),
        ex("cluster-sizing", "ko", "brokers", "", in("retentionHours", "24"), Map.of(),
            "필요 저장 용량은 {storageTb:2} TB가 되고, 저장 기준 브로커 수는 ⌈5.4⌉ = {storageBrokers}대로 줄어듭니다."),
        ex("cluster-sizing", "en", "brokers", "", in("retentionHours", "24"), Map.of(),
            "the storage needed falls to {storageTb:2} TB, bringing the storage constraint down to ⌈5.4⌉ = {storageBrokers} brokers."),
        ex("cluster-sizing", "ko", "brokers", "", example2, Map.of("limitingFactor", "egress"),
            "필요 저장 용량: 500 × 6 × 3,600 × 3 ÷ 10⁶ = {storageTb:2} TB, 저장 기준 ⌈6.75⌉ = {storageBrokers}대",
            "유입 기준: ⌈500 × 3 ÷ 625⌉ = ⌈2.4⌉ = {ingressBrokers}대",
            "유출 기준: ⌈500 × (10 + 3 − 1) ÷ 625⌉ = ⌈9.6⌉ = {egressBrokers}대",
            "파티션 기준: {partitionBrokers}대",
            "필요한 브로커는 {brokers}대이고 병목은 유출"),
        ex("cluster-sizing", "en", "brokers", "", example2, Map.of("limitingFactor", "egress"),
            "Storage needed: 500 × 6 × 3,600 × 3 ÷ 10⁶ = {storageTb:2} TB; storage: ⌈6.75⌉ = {storageBrokers} brokers",
            "Ingress: ⌈500 × 3 ÷ 625⌉ = ⌈2.4⌉ = {ingressBrokers} brokers",
            "Egress: ⌈500 × (10 + 3 − 1) ÷ 625⌉ = ⌈9.6⌉ = {egressBrokers} brokers",
            "Partitions: {partitionBrokers} broker",
            "You need {brokers} brokers, and egress — fan-out — is the limit."),
        // cluster-sizing: partitions
        ex("cluster-sizing", "ko", "partitions", DEFAULTS,
            in("targetMBps", "100", "producerMBpsPerPartition", "10", "consumerMBpsPerPartition", "5"), Map.of(),
            "기본값(목표 100 MB/s, 프로듀서 10 MB/s, 컨슈머 5 MB/s)이면 max(10, 20) = {partitions}개가 필요합니다."),
        ex("cluster-sizing", "en", "partitions", DEFAULTS,
            in("targetMBps", "100", "producerMBpsPerPartition", "10", "consumerMBpsPerPartition", "5"), Map.of(),
            "With the defaults (target 100 MB/s, producer 10 MB/s, consumer 5 MB/s) you need max(10, 20) = {partitions} partitions"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void workedExamplesAreWhatTheCalculatorComputes(Example example) throws IOException {
    Result result = calculators().evaluate(example.calc, example.inputs);
    assertTrue(result.ok(), example + ": " + result);
    if (example.kind.equals(DEFAULTS)) {
      assertEquals(calculators().evaluate(example.calc, Map.of()).values(), result.values(),
          example + " is documented as the defaults, but the calculator's defaults give other values");
    } else if (example.kind.startsWith("preset:")) {
      String preset = example.kind.substring("preset:".length());
      Map<String, String> values = presetValues(example.calc, preset);
      assertEquals(values, example.inputs, example + " is documented as the " + preset + " preset");
    }
    if (example.expect.containsKey("warnings")) {
      assertEquals(example.expect.get("warnings"), result.warnings(), example + ": warnings");
    }
    if (example.expect.containsKey("limitingFactor")) {
      assertEquals(example.expect.get("limitingFactor"), result.text("limitingFactor"), example + ": limiting factor");
    }
    String text = nfc(body(example.lang, example.page)).replaceAll("\\s*\\n\\s*", " ");
    List<String> missing = new ArrayList<>();
    for (String line : example.lines) {
      String filled = fill(line, result);
      if (!text.contains(nfc(filled))) {
        missing.add(filled);
      }
    }
    assertTrue(missing.isEmpty(), example + ": the page does not say what the calculator computes:\n"
        + String.join("\n", missing));
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(%?)(\\d))?}");

  static String fill(String line, Result result) {
    Matcher m = PLACEHOLDER.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      double value = result.number(m.group(1));
      boolean percent = "%".equals(m.group(2));
      int decimals = m.group(3) == null ? 2 : Integer.parseInt(m.group(3));
      m.appendReplacement(out, Matcher.quoteReplacement(format(percent ? value * 100 : value, decimals)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The site's way of writing a figure: rounded half up, no trailing zeros, thousands separated by commas. */
  static String format(double value, int decimals) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.scale() < 0) {
      rounded = rounded.setScale(0);
    }
    String plain = rounded.toPlainString();
    String integer = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
    String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.')) : "";
    return integer.replaceAll("\\B(?=(\\d{3})+$)", ",") + fraction;
  }

  @Test
  void figuresAreWrittenTheSiteWay() {
    assertEquals("181.44", format(181.44000000000003, 2));
    assertEquals("32.4", format(32.4, 2));
    assertEquals("268", format(268.435456, 0));
    assertEquals("2.8", format(2.7939677238464355, 1));
    assertEquals("1,000", format(1000, 2));
    assertEquals("5.46", format(6e12 / Math.pow(2, 40), 2));
  }

  // ---------------------------------------------------------------- the RAID comparison table

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void theRaidComparisonTableAgreesWithTheRaidCalculator(String lang) {
    List<String> rows = new ArrayList<>();
    for (String line : body(lang, "raid").split("\n")) {
      if (line.matches("\\| RAID \\d+ \\| \\d+[^%|]*\\|.*") && line.split("\\|", -1).length == 8) {
        rows.add(line);
      }
    }
    assertEquals(7, rows.size(), "RAID comparison rows in " + lang + "/raid.md: " + rows);
    List<String> problems = new ArrayList<>();
    for (String row : rows) {
      String[] cells = row.substring(1, row.length() - 1).split("\\|");
      String level = cells[0].strip().substring("RAID ".length());
      int minDisks = Integer.parseInt(cells[1].strip().replaceAll("\\D.*", ""));
      int groups = 2;
      int step = level.equals("10") ? 2 : level.equals("50") || level.equals("60") ? groups : 1;
      Result tooFew = calculators().evaluate("raid", in("level", level, "disks", String.valueOf(minDisks - step),
          "diskTb", "2", "groups", String.valueOf(groups)));
      if (tooFew.ok()) {
        problems.add("RAID " + level + ": the calculator accepts fewer than the table's " + minDisks + " disks");
      }
      for (int n = minDisks; n <= minDisks + 4 * step; n += step) {
        Result r = calculators().evaluate("raid", in("level", level, "disks", String.valueOf(n), "diskTb", "2",
            "groups", String.valueOf(groups)));
        if (!r.ok()) {
          problems.add("RAID " + level + " with " + n + " disks: " + r.error("en").orElse(""));
          continue;
        }
        Map<String, Double> vars = Map.of("n", (double) n, "s", 2.0, "g", (double) groups);
        String[] columns = {"usableTb", "faultTolerance", "maxFaultTolerance", "writePenalty"};
        for (int c = 0; c < columns.length; c++) {
          double documented = Symbolic.eval(cells[2 + c].strip(), vars);
          if (Math.abs(documented - r.number(columns[c])) > 1e-9) {
            problems.add("RAID " + level + ", n = " + n + ": the table's " + columns[c] + " '" + cells[2 + c].strip()
                + "' gives " + documented + ", the calculator " + r.number(columns[c]));
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), lang + "/raid.md:\n" + String.join("\n", problems));
  }

  /** Evaluates the table's formulas: n·s, (n−1)·s, n/2·s, n−2g, 2g, plain numbers. */
  static final class Symbolic {
    private final String src;
    private final Map<String, Double> vars;
    private int pos;

    private Symbolic(String src, Map<String, Double> vars) {
      this.src = src.replace("·", "*").replace("×", "*").replace("−", "-").replace(" ", "");
      this.vars = vars;
    }

    static double eval(String expression, Map<String, Double> vars) {
      Symbolic s = new Symbolic(expression, vars);
      double v = s.sum();
      if (s.pos != s.src.length()) {
        throw new IllegalArgumentException("cannot read '" + expression + "' at " + s.pos);
      }
      return v;
    }

    private double sum() {
      double v = product();
      while (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        char op = src.charAt(pos++);
        double r = product();
        v = op == '+' ? v + r : v - r;
      }
      return v;
    }

    private double product() {
      double v = atom();
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '*' || c == '/') {
          pos++;
          double r = atom();
          v = c == '*' ? v * r : v / r;
        } else if (Character.isLetter(c) || c == '(') {
          v *= atom(); // implicit multiplication: 2g
        } else {
          break;
        }
      }
      return v;
    }

    private double atom() {
      char c = src.charAt(pos);
      if (c == '(') {
        pos++;
        double v = sum();
        pos++; // ')'
        return v;
      }
      if (Character.isDigit(c)) {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
          pos++;
        }
        return Double.parseDouble(src.substring(start, pos));
      }
      if (vars.containsKey(String.valueOf(c))) {
        pos++;
        return vars.get(String.valueOf(c));
      }
      throw new IllegalArgumentException("unknown symbol '" + c + "' in " + src);
    }
  }

  @Test
  void theTableFormulasAreReadAsWritten() {
    Map<String, Double> v = Map.of("n", 6.0, "s", 2.0, "g", 2.0);
    assertEquals(12, Symbolic.eval("n·s", v));
    assertEquals(10, Symbolic.eval("(n−1)·s", v));
    assertEquals(6, Symbolic.eval("n/2·s", v));
    assertEquals(8, Symbolic.eval("(n−g)·s", v));
    assertEquals(4, Symbolic.eval("(n−2g)·s", v));
    assertEquals(4, Symbolic.eval("2g", v));
    assertEquals(6, Symbolic.eval("n", v));
    assertEquals(4, Symbolic.eval("4", v));
  }

  // ---------------------------------------------------------------- the same figures in both languages

  private static final Pattern FIGURE = Pattern.compile(
      "(?<![\\d.,⁰¹²³⁴⁵⁶⁷⁸⁹-])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*[~–]\\s*(\\d+(?:\\.\\d+)?))?"
          + "\\s?(MB/s|GB/s|GiB|GB|TiB|TB|MiB|MB|KiB|EiB|EB|GbE|ms|%|초|seconds?|-second|코어|cores?|-core)"
          + "(?![A-Za-z])");

  /** Every number with a unit on a page, normalised: "28–30 GB", "3,000 MB", "30 s", "24 cores". */
  static Set<String> figures(String markdown) {
    Set<String> figures = new TreeSet<>();
    String text = markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("<https?://[^>]*>", "");
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String number = m.group(1).replace(",", "") + (m.group(2) == null ? "" : "–" + m.group(2));
      String unit = switch (m.group(3)) {
        case "초", "second", "seconds", "-second" -> "s";
        case "코어", "core", "cores", "-core" -> "cores";
        default -> m.group(3);
      };
      figures.add(number + " " + unit);
    }
    return figures;
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "operating-models", "broker-hardware", "raid", "filesystems", "cluster-sizing"})
  void koreanAndEnglishPagesCarryTheSameFigures(String page) {
    Set<String> ko = figures(body("ko", page));
    Set<String> en = figures(body("en", page));
    Set<String> onlyKo = new TreeSet<>(ko);
    onlyKo.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(ko);
    assertTrue(onlyKo.isEmpty() && onlyEn.isEmpty(),
        page + ": figures only in Korean " + onlyKo + ", only in English " + onlyEn);
    if (!page.equals("index") && !page.equals("operating-models")) {
      assertFalse(ko.isEmpty(), page + " has no figures to compare");
    }
  }

  @Test
  void glossaryDescriptionsCarryTheSameFiguresAndKips() throws IOException {
    JsonNode terms = new ObjectMapper(new YAMLFactory()).readTree(CONTENT.resolve("glossary.yaml").toFile()).path("terms");
    List<String> problems = new ArrayList<>();
    Pattern kip = Pattern.compile("KIP-\\d+|\\d+(?:\\.\\d+)?");
    for (JsonNode term : terms) {
      Set<String> ko = tokens(kip, term.path("koDescription").asText());
      Set<String> en = tokens(kip, term.path("enDescription").asText());
      if (!ko.equals(en)) {
        problems.add(term.path("id").asText() + ": ko " + ko + ", en " + en);
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static Set<String> tokens(Pattern p, String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void theFigureExtractorNormalisesBothLanguages() {
    assertEquals(Set.of("28–30 GB", "3000 MB", "30 s", "24 cores", "25 %", "5.46 TiB"),
        figures("28~30 GB, 3,000 MB, 30초, 24코어, 25 %, 약 5.46 TiB"));
    assertEquals(Set.of("28–30 GB", "3000 MB", "30 s", "24 cores", "25 %", "5.46 TiB"),
        figures("28–30 GB, 3,000 MB, 30 seconds, a 24-core machine, 25 %, about 5.46 TiB"));
    assertEquals(Set.of(), figures("[a link](https://example.org/10GB) KIP-858 10⁶"));
  }

  // ---------------------------------------------------------------- helpers

  private static synchronized Calculators calculators() {
    if (calculators == null) {
      Path dir = CONTENT.resolve("calculators");
      Diagnostics diagnostics = new Diagnostics();
      FolderWalker walker = FolderWalker.of(BuildOptions.forProject(dir).folders());
      calculators = Calculators.load(walker.files(dir, "content/calculators", diagnostics), "content/calculators",
          diagnostics);
      assertEquals(List.of(), diagnostics.all(), "the calculator specs must load cleanly");
    }
    return calculators;
  }

  private static Map<String, String> presetValues(String calc, String preset) {
    try {
      JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(CONTENT.resolve("calculators/" + calc + ".yaml").toFile());
      for (JsonNode p : spec.path("presets")) {
        if (p.path("id").asText().equals(preset)) {
          Map<String, String> values = new LinkedHashMap<>();
          p.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
          return values;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no preset " + preset + " in " + calc);
  }

  private static String body(String lang, String page) {
    try {
      String text = Files.readString(CONTENT.resolve(lang).resolve(page + ".md"), StandardCharsets.UTF_8);
      text = text.replace("\r\n", "\n");
      Matcher m = Pattern.compile("\\A---\n.*?\n---\n", Pattern.DOTALL).matcher(text);
      return nfc(m.find() ? text.substring(m.end()) : text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
