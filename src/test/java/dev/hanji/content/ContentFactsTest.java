package dev.hanji.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the site content itself: the facts each page must teach in both languages, the
 * translation-status markers, internal links and anchors, the glossary data, and that the seed
 * note's typos and errors never made it into {@code content/}.
 */
class ContentFactsTest {

  private static final Path PROJECT = Path.of(
      System.getProperty("hanji.projectDir", System.getProperty("user.dir")));
  private static final Path CONTENT = PROJECT.resolve("content");
  private static final Path STATIC = PROJECT.resolve("static");

  private static final Map<String, Integer> PAGE_WEIGHTS = new LinkedHashMap<>();

  static {
    PAGE_WEIGHTS.put("index", 1);
    PAGE_WEIGHTS.put("operating-models", 10);
    PAGE_WEIGHTS.put("broker-hardware", 20);
    PAGE_WEIGHTS.put("raid", 30);
    PAGE_WEIGHTS.put("filesystems", 40);
    PAGE_WEIGHTS.put("cluster-sizing", 50);
    PAGE_WEIGHTS.put("glossary", 90);
  }

  private static final Set<String> FRONT_MATTER_KEYS = Set.of(
      "title", "description", "weight", "slug", "draft", "aliases", "translationKey", "sourceHash");

  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

  // ---------------------------------------------------------------- facts per page

  static Stream<Arguments> facts() {
    return Stream.of(
        facts("index", "ko", "중앙 저장소", "전송 허브", "브로커", "KRaft", "SaaS", "각종 보안 설정",
            "수많아서", "broker-hardware.md#메모리-계산기", "raid.md#raid-계산기",
            "cluster-sizing.md#브로커-수-계산기", "cluster-sizing.md#파티션-수-계산기", "KIP-392"),
        facts("index", "en", "central store", "hub", "broker", "KRaft", "SaaS",
            "broker-hardware.md#memory-calculator", "raid.md#raid-calculator",
            "cluster-sizing.md#broker-count-calculator", "cluster-sizing.md#partition-count-calculator", "KIP-392"),
        facts("operating-models", "ko", "온프레미스", "IaaS", "PaaS", "SaaS", "NIST SP 800-145",
            "종량제", "벤더 종속", "멀티 테넌시", "EC2", "Heroku", "Google Workspace",
            "| 온프레미스 |", "| IaaS |", "| SaaS |", "물리 장비에 운영체제를 설치", "가상 컴퓨팅 자원",
            "컨플루언트 플랫폼", "컨플루언트 클라우드", "Amazon MSK", "ksqlDB",
            "Amazon Managed Service for Apache Flink", "AWS Glue", "/images/operating-models-ko.svg"),
        facts("operating-models", "en", "On-premises", "IaaS", "PaaS", "SaaS", "NIST SP 800-145",
            "Pay-as-you-go", "vendor lock-in", "multi-tenant", "EC2", "Heroku", "Google Workspace",
            "| On-premises |", "| IaaS |", "| SaaS |", "Confluent Platform", "Confluent Cloud",
            "Amazon MSK", "ksqlDB", "Amazon Managed Service for Apache Flink", "AWS Glue",
            "/images/operating-models-en.svg"),
        facts("broker-hardware", "ko", "32 GB", "6 GB", "-Xms6g -Xmx6g", "페이지 캐시", "24코어", "TLS",
            "RAID 10", "NAS", "단일 장애점", "XFS", "ext4", "1 GbE", "10 GbE", "30초", "100,000",
            "vm.max_map_count", "```calculator\nmemory\n```", "64 GB", "26 GB", "28~30 GB"),
        facts("broker-hardware", "en", "32 GB", "6 GB", "-Xms6g -Xmx6g", "page cache", "24-core",
            "TLS", "RAID 10", "NAS", "single point of failure", "XFS", "ext4", "1 GbE", "10 GbE",
            "30 seconds", "100,000", "vm.max_map_count", "```calculator\nmemory\n```", "64 GB", "26 GB", "28–30 GB"),
        facts("raid", "ko", "Redundant Array of Independent Disks", "RAID 0", "RAID 1", "RAID 5",
            "RAID 6", "RAID 10", "RAID 50", "RAID 60", "RAID 1+0", "RAID 0+1", "스트라이핑", "미러링",
            "패리티", "최소 4개", "쓰기 페널티", "JBOD", "log.dirs", "/images/raid-0.svg",
            "/images/raid-1.svg", "/images/raid-5.svg", "/images/raid-6.svg", "/images/raid-10.svg",
            "```calculator\nraid\n```", "KIP-858", "3.7", "3.8", "KIP-1066", "JBOD with Self-Balancing"),
        facts("raid", "en", "Redundant Array of Independent Disks", "RAID 0", "RAID 1", "RAID 5",
            "RAID 6", "RAID 10", "RAID 50", "RAID 60", "RAID 1+0", "RAID 0+1", "Striping", "Mirroring",
            "Parity", "at least four disks", "write penalty", "JBOD", "log.dirs", "/images/raid-0.svg",
            "/images/raid-1.svg", "/images/raid-5.svg", "/images/raid-6.svg", "/images/raid-10.svg",
            "```calculator\nraid\n```", "KIP-858", "3.7", "3.8", "KIP-1066", "Self-Balancing in Confluent Platform"),
        facts("filesystems", "ko", "ext4", "XFS", "저널링", "1 EiB", "1 EB", "16 TiB", "16 TB", "8 EiB",
            "8 EB", "4 KiB", "64bit", "익스텐트", "fsck", "xfs_growfs", "축소", "xfs_fsr", "SGI",
            "noatime", "nobarrier", "4.19", "xfs_repair"),
        facts("filesystems", "en", "ext4", "XFS", "journaling", "1 EiB", "1 EB", "16 TiB", "16 TB",
            "8 EiB", "8 EB", "4 KiB", "64bit", "extents", "fsck", "xfs_growfs", "shrink", "xfs_fsr",
            "SGI", "noatime", "nobarrier", "4.19", "xfs_repair"),
        facts("cluster-sizing", "ko", "| 브로커 수 | 5대 | 10대 |", "16 GB (힙 6 GB)", "32 GB (힙 6 GB)",
            "16코어", "24코어", "사용량에 따라 결정", "상용 환경", "팬아웃", "181.44 TB", "38대",
            "max(t ÷ p, t ÷ c)", "```calculator\nbrokers\n```", "```calculator\npartitions\n```"),
        facts("cluster-sizing", "en", "| Brokers | 5 | 10 |", "16 GB (6 GB heap)", "32 GB (6 GB heap)",
            "16 cores", "24 cores", "Depends on usage", "Production", "Fan-out", "181.44 TB",
            "38 brokers", "max(t ÷ p, t ÷ c)", "```calculator\nbrokers\n```",
            "```calculator\npartitions\n```"),
        facts("glossary", "ko", "```glossary\n```"),
        facts("glossary", "en", "```glossary\n```"));
  }

  private static Arguments facts(String page, String lang, String... mustContain) {
    return Arguments.of(page, lang, List.of(mustContain));
  }

  @ParameterizedTest(name = "{1}/{0}.md teaches its key facts")
  @MethodSource("facts")
  void pageTeachesItsKeyFacts(String page, String lang, List<String> mustContain) {
    String body = Page.read(CONTENT.resolve(lang).resolve(page + ".md")).body;
    List<String> missing = new ArrayList<>();
    for (String fact : mustContain) {
      if (!body.contains(fact)) {
        missing.add(fact);
      }
    }
    assertTrue(missing.isEmpty(), lang + "/" + page + ".md is missing: " + missing);
  }

  // ---------------------------------------------------------------- front matter and pairing

  @Test
  void everyPageHasValidFrontMatterAndItsWeight() {
    for (String lang : List.of("ko", "en")) {
      for (Map.Entry<String, Integer> page : PAGE_WEIGHTS.entrySet()) {
        Path file = CONTENT.resolve(lang).resolve(page.getKey() + ".md");
        Page parsed = Page.read(file);
        JsonNode fm = parsed.frontMatter;
        assertNotNull(fm, file + ": front matter missing");
        fm.fieldNames().forEachRemaining(key ->
            assertTrue(FRONT_MATTER_KEYS.contains(key), file + ": unknown front matter key " + key));
        assertFalse(fm.path("title").asText("").isBlank(), file + ": title missing");
        assertFalse(fm.path("description").asText("").isBlank(), file + ": description missing");
        assertEquals(page.getValue().intValue(), fm.path("weight").asInt(-1), file + ": weight");
      }
    }
  }

  @Test
  void everyKoreanPageHasAnEnglishCounterpartWithCurrentSourceHash() throws IOException {
    List<Path> koPages = markdownFiles(CONTENT.resolve("ko"));
    assertEquals(PAGE_WEIGHTS.size(), koPages.size(), "Korean pages: " + koPages);
    for (Path ko : koPages) {
      Path en = CONTENT.resolve("en").resolve(CONTENT.resolve("ko").relativize(ko));
      assertTrue(Files.isRegularFile(en), "no English counterpart for " + ko);
      String expected = sourceHash(Page.read(ko).body);
      String actual = Page.read(en).frontMatter.path("sourceHash").asText("");
      assertEquals(expected, actual, en + ": sourceHash is stale (Korean body changed)");
    }
  }

  @Test
  void everyPageEndsWithItsReferences() {
    for (String page : PAGE_WEIGHTS.keySet()) {
      if (page.equals("glossary")) {
        continue;
      }
      assertTrue(Page.read(CONTENT.resolve("ko/" + page + ".md")).body.contains("\n## 참고 자료\n"),
          "ko/" + page + ".md has no 참고 자료 section");
      assertTrue(Page.read(CONTENT.resolve("en/" + page + ".md")).body.contains("\n## References\n"),
          "en/" + page + ".md has no References section");
    }
  }

  // ---------------------------------------------------------------- links, anchors, images

  @Test
  void everyInternalLinkAndAnchorResolves() throws IOException {
    Set<String> glossaryIds = glossaryIds();
    List<String> broken = new ArrayList<>();
    for (String lang : List.of("ko", "en")) {
      for (Path file : markdownFiles(CONTENT.resolve(lang))) {
        Page page = Page.read(file);
        for (String[] link : page.links()) {
          String problem = checkLink(file, page, link[0].equals("!"), link[1], link[2], glossaryIds);
          if (problem != null) {
            broken.add(CONTENT.relativize(file) + ": " + problem);
          }
        }
      }
    }
    assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
  }

  private static String checkLink(Path file, Page page, boolean image, String text, String target,
                                  Set<String> glossaryIds) {
    if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
      return null; // external; not checked offline
    }
    if (image) {
      if (text.isBlank()) {
        return "image without alt text: " + target;
      }
      if (!target.startsWith("/")) {
        return "image path must be root-absolute: " + target;
      }
      return Files.isRegularFile(STATIC.resolve(target.substring(1))) ? null : "missing image " + target;
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Page targetPage = page;
    Path targetFile = file;
    if (!pathPart.isEmpty()) {
      if (!pathPart.endsWith(".md")) {
        return "link to a non-Markdown page: " + target;
      }
      targetFile = file.getParent().resolve(pathPart).normalize();
      if (!Files.isRegularFile(targetFile)) {
        return "missing file " + target;
      }
      targetPage = Page.read(targetFile);
    }
    if (anchor == null) {
      return null;
    }
    boolean isGlossary = targetFile.getFileName().toString().equals("glossary.md");
    if (isGlossary && glossaryIds.contains(anchor)) {
      return null;
    }
    return targetPage.headingIds().contains(nfc(anchor)) ? null
        : (isGlossary ? "unknown glossary term " : "missing anchor ") + target;
  }

  @Test
  void headingIdsFollowGitHubStyle() {
    assertEquals("페이지-캐시", headingId("페이지 캐시"));
    assertEquals("raid-10", headingId("RAID 10"));
    assertEquals("ext4와-xfs-비교", headingId("ext4와 XFS 비교"));
    assertEquals("raid-10과-raid-01은-다릅니다", headingId("RAID 1+0과 RAID 0+1은 다릅니다"));
  }

  // ---------------------------------------------------------------- glossary data

  @Test
  void glossaryTermsAreCompleteAndUnique() throws IOException {
    JsonNode terms = yaml().readTree(CONTENT.resolve("glossary.yaml").toFile()).path("terms");
    assertTrue(terms.isArray() && terms.size() >= 50, "glossary has too few terms: " + terms.size());
    Set<String> ids = new TreeSet<>();
    for (JsonNode term : terms) {
      String id = term.path("id").asText("");
      assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "bad glossary id: '" + id + "'");
      assertTrue(ids.add(id), "duplicate glossary id " + id);
      for (String field : List.of("ko", "en", "koDescription", "enDescription")) {
        assertFalse(term.path(field).asText("").isBlank(), id + ": " + field + " missing");
      }
      term.fieldNames().forEachRemaining(f -> assertTrue(
          Set.of("id", "ko", "en", "koDescription", "enDescription", "koAliases", "enAliases").contains(f),
          id + ": unknown field " + f));
    }
    for (String required : List.of("broker", "cluster", "partition", "replica", "replication-factor",
        "leader", "page-cache", "heap", "jvm", "raid-0", "raid-1", "raid-5", "raid-6", "raid-10",
        "striping", "mirroring", "parity", "jbod", "nas", "journaling", "extent", "fsck", "inode",
        "noatime", "on-premises", "iaas", "paas", "saas", "vendor-lock-in", "multi-tenancy",
        "throughput", "consumer-group", "producer", "consumer", "topic", "retention", "tls",
        "confluent-platform", "confluent-cloud", "amazon-msk", "ksqldb", "kraft", "zookeeper")) {
      assertTrue(ids.contains(required), "glossary lacks " + required);
    }
  }

  @Test
  void everyGlossaryTermIsLinkedFromSomePage() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String lang : List.of("ko", "en")) {
      for (Path file : markdownFiles(CONTENT.resolve(lang))) {
        all.append(Page.read(file).body);
      }
    }
    List<String> unused = new ArrayList<>();
    for (String id : glossaryIds()) {
      if (!all.toString().contains("glossary.md#" + id + ")")) {
        unused.add(id);
      }
    }
    assertTrue(unused.isEmpty(), "glossary terms no page links to: " + unused);
  }

  // ---------------------------------------------------------------- language quality

  @Test
  void seedTyposAndErrorsAppearNowhereInContent() throws IOException {
    List<String> forbidden = List.of("각정", "수 맣은", "맣은", "Sass", "물리잘비", "물리/상상", "사용 환경",
        "(RAID 1+0 / RAID 0+1)");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CONTENT)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = nfc(Files.readString(file, StandardCharsets.UTF_8));
        for (String typo : forbidden) {
          if (text.contains(typo)) {
            hits.add(CONTENT.relativize(file) + " contains '" + typo + "'");
          }
        }
      }
    }
    assertTrue(hits.isEmpty(), String.join("\n", hits));
  }

  @Test
  void koreanProseUsesHamnidaStyle() throws IOException {
    Pattern plainEnding = Pattern.compile("(?<!니)다\\.(\\s|$)");
    List<String> hits = new ArrayList<>();
    for (Path file : markdownFiles(CONTENT.resolve("ko"))) {
      for (String line : Page.read(file).proseLines()) {
        if (plainEnding.matcher(line).find()) {
          hits.add(CONTENT.relativize(file) + ": " + line);
        }
      }
    }
    assertTrue(hits.isEmpty(), "sentences not in 합니다 style:\n" + String.join("\n", hits));
  }

  @Test
  void englishPagesContainNoHangul() throws IOException {
    for (Path file : markdownFiles(CONTENT.resolve("en"))) {
      Matcher m = Pattern.compile("\\p{IsHangul}+").matcher(Files.readString(file));
      if (m.find()) {
        fail(CONTENT.relativize(file) + " contains Korean text '" + m.group() + "'");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** First 12 hex digits of SHA-256 over the NFC-normalised body, as the generator computes it. */
  static String sourceHash(String body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(nfc(body).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GitHub-style heading id: lower case, punctuation dropped except '-' and '_', spaces to '-'. */
  static String headingId(String headingText) {
    String text = nfc(headingText).toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (cp == ' ') {
        id.append('-');
      } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)
          || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        id.appendCodePoint(cp);
      }
    });
    return id.toString();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory());
  }

  private static Set<String> glossaryIds() throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode term : yaml().readTree(CONTENT.resolve("glossary.yaml").toFile()).path("terms")) {
      ids.add(term.path("id").asText());
    }
    return ids;
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  /** One Markdown source split into front matter and body, with helpers over its lines. */
  private static final class Page {
    final JsonNode frontMatter;
    final String body;

    private Page(JsonNode frontMatter, String body) {
      this.frontMatter = frontMatter;
      this.body = body;
    }

    static Page read(Path file) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      Matcher m = Pattern.compile("\\A---\n(.*?)\n---\n", Pattern.DOTALL).matcher(text);
      if (!m.find()) {
        return new Page(null, text);
      }
      try {
        return new Page(yaml().readTree(m.group(1)), text.substring(m.end()));
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": bad front matter", e);
      }
    }

    /** Lines outside fenced code blocks. */
    List<String> proseLines() {
      List<String> lines = new ArrayList<>();
      boolean inFence = false;
      for (String line : body.split("\n", -1)) {
        String trimmed = line.strip();
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
          inFence = !inFence;
          continue;
        }
        if (!inFence) {
          lines.add(line);
        }
      }
      return lines;
    }

    /** Each link as {bang, text, target}. */
    List<String[]> links() {
      List<String[]> links = new ArrayList<>();
      for (String line : proseLines()) {
        Matcher m = LINK.matcher(line);
        while (m.find()) {
          links.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
      }
      return links;
    }

    Set<String> headingIds() {
      Set<String> ids = new LinkedHashSet<>();
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (String line : proseLines()) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
          continue;
        }
        String text = m.group(2)
            .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
            .replace("`", "").replace("*", "");
        String id = headingId(text);
        int n = seen.merge(id, 1, Integer::sum);
        ids.add(n == 1 ? id : id + "-" + (n - 1));
      }
      return ids;
    }
  }
}
