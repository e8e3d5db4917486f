package dev.hanji.bench;

import dev.hanji.sources.SourceHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic bilingual Kafka-operations site for benchmarks: {@code n} Markdown pages per language
 * (home, glossary, section pages and topic pages together), with headings, paragraphs, lists, GFM tables,
 * highlighted code, links between pages and to glossary terms (all valid, so the build passes), a calculator
 * on every tenth page, and English pages that record the Korean body hash as a translation does. The same
 * {@code (n, seed)} always gives the same bytes.
 *
 * <p>Run: {@code java -cp target/hanji-cli.jar:target/test-classes dev.hanji.bench.CorpusGenerator OUT N SEED
 * [CALCULATOR_SPECS_DIR]}; the corpus lands in {@code OUT/content}.
 */
public final class CorpusGenerator {
  /** Topic pages per section folder. */
  static final int SECTION_SIZE = 100;
  /** Every {@code CALCULATOR_EVERY}-th topic page embeds a calculator. */
  static final int CALCULATOR_EVERY = 10;
  /** Every {@code STALE_EVERY}-th English page records an outdated source hash. */
  static final int STALE_EVERY = 25;
  /** Every {@code RENAMED_EVERY}-th English page has its own file name and pairs through translationKey. */
  static final int RENAMED_EVERY = 40;

  private static final String[] CALCULATORS = {"raid", "memory", "brokers", "partitions"};
  private static final String[][] TOPICS = {
      {"브로커 재시작", "broker restart"}, {"파티션 재배치", "partition reassignment"},
      {"컨슈머 지연", "consumer lag"}, {"로그 보존", "log retention"}, {"복제 지연", "replication lag"},
      {"디스크 증설", "disk expansion"}, {"리더 선출", "leader election"}, {"로그 압축", "log compaction"},
      {"TLS 인증서 교체", "TLS certificate rotation"}, {"쿼터 설정", "quota configuration"},
      {"롤링 업그레이드", "rolling upgrade"}, {"KRaft 컨트롤러 교체", "KRaft controller replacement"},
      {"모니터링 경보", "monitoring alerts"}, {"페이지 캐시 조정", "page cache tuning"},
      {"JVM 힙 조정", "JVM heap sizing"}, {"네트워크 스레드 조정", "network thread tuning"},
      {"ISR 축소 대응", "ISR shrink handling"}, {"오프셋 초기화", "offset reset"},
      {"프로듀서 배치", "producer batching"}, {"랙 인식 배치", "rack-aware placement"}};
  private static final String[][] ASPECTS = {
      {"준비", "preparation"}, {"절차", "procedure"}, {"문제 해결", "troubleshooting"},
      {"모니터링", "monitoring"}, {"설정", "settings"}, {"용량 계획", "capacity planning"},
      {"자동화", "automation"}, {"사후 점검", "follow-up review"}};
  private static final String[][] HEADINGS = {
      {"개요", "Overview"}, {"작업 전에 확인할 것", "Before you start"}, {"진행 순서", "Steps"},
      {"지켜볼 지표", "Metrics to watch"}, {"자주 겪는 문제", "Common problems"},
      {"설정 예시", "Configuration example"}, {"되돌리기", "Rolling back"}, {"운영 팁", "Operating tips"}};
  private static final String CHECKLIST_KO = "점검 목록";
  private static final String CHECKLIST_EN = "Checklist";
  private static final String[] CONFIGS = {
      "num.network.threads", "num.io.threads", "log.retention.hours", "replica.lag.time.max.ms",
      "unclean.leader.election.enable", "min.insync.replicas", "log.segment.bytes",
      "socket.send.buffer.bytes", "message.max.bytes", "auto.leader.rebalance.enable"};
  private static final String[][] TERMS = {
      {"broker", "브로커", "broker", "파티션을 저장하고 클라이언트 요청을 처리하는 카프카 서버입니다.",
          "A Kafka server that stores partitions and answers client requests."},
      {"partition", "파티션", "partition", "토픽을 나눈 순서 있는 로그로, 병렬 처리의 단위입니다.",
          "An ordered log that a topic is split into; the unit of parallelism."},
      {"replica", "레플리카", "replica", "다른 브로커에 둔 파티션의 복사본입니다.",
          "A copy of a partition kept on another broker."},
      {"isr", "ISR", "ISR", "리더를 충분히 따라잡은 레플리카의 집합입니다.",
          "The set of replicas that are caught up with the leader."},
      {"consumer-lag", "컨슈머 지연", "consumer lag", "마지막 오프셋과 컨슈머가 읽은 위치의 차이입니다.",
          "How far a consumer's position trails the end of the log."},
      {"page-cache", "페이지 캐시", "page cache", "운영체제가 파일 데이터를 메모리에 보관하는 영역입니다.",
          "Memory the operating system uses to keep file data."},
      {"controller", "컨트롤러", "controller", "클러스터 메타데이터를 관리하는 KRaft 노드입니다.",
          "A KRaft node that manages cluster metadata."},
      {"retention", "보존 기간", "retention", "로그 세그먼트를 지우기 전까지 보관하는 시간이나 크기입니다.",
          "How long, or how much, log data is kept before deletion."}};
  private static final String[] KO_SENTENCES = {
      "{t:은} 운영 중인 클러스터에 바로 영향을 주므로 작업 전에 현재 상태를 기록해 두어야 합니다.",
      "많은 팀이 {t:을} 야간 점검 시간에 진행하지만, 트래픽이 적다고 해서 꼭 안전한 것은 아닙니다.",
      "{t:이} 끝나면 복제가 덜 된 파티션 수가 0으로 돌아왔는지 확인합니다.",
      "브로커가 {n}대인 클러스터에서는 {t:을} 브로커 한 대씩 차례로 처리하는 편이 안전합니다.",
      "`{c}` 값은 기본값으로 두는 경우가 많지만, {t:와} 관련된 문제가 보이면 가장 먼저 살펴볼 설정입니다.",
      "지연 시간은 평균보다 99번째 백분위수를 기준으로 판단하는 것이 좋습니다.",
      "{t:을} 자동화하려면 먼저 수동 절차를 문서로 남기고 그대로 두세 번 따라 해 보십시오.",
      "디스크 사용률이 {p}%를 넘으면 {t:을} 미루지 말고 용량 계획을 다시 세워야 합니다.",
      "컨트롤러 로그와 브로커 로그를 나란히 보면 {t:이} 어디에서 멈췄는지 쉽게 찾을 수 있습니다.",
      "클라이언트의 재시도 시간이 너무 짧으면 {t} 도중에 불필요한 오류가 쌓입니다.",
      "변경 사항은 스테이징 클러스터에서 먼저 검증한 뒤 운영 환경에 적용합니다.",
      "이 페이지의 수치는 복제 계수가 {r}인 토픽을 기준으로 계산했습니다.",
      "경보 임계값은 한 번 정하고 끝내지 말고 분기마다 실제 부하에 맞춰 다시 조정합니다.",
      "{t:이} 실패했을 때 되돌리는 방법을 미리 정해 두면 새벽 장애 대응 시간이 크게 줄어듭니다.",
      "초당 {m}MB 정도의 유입량이라면 대부분 기본 설정으로도 충분합니다.",
      "{t:을} 진행하는 동안에는 요청 대기 시간과 네트워크 처리량을 함께 지켜봅니다.",
      "누가, 언제, 어떤 이유로 {t:을} 했는지 운영 기록에 남겨 두어야 다음 담당자가 헤매지 않습니다.",
      "`{c}` 값을 바꾼 뒤에는 브로커를 다시 시작해야 적용되는 설정인지 반드시 확인하십시오.",
      "작은 클러스터에서는 드러나지 않던 문제가 파티션 수가 {k}개를 넘으면서 나타나기도 합니다.",
      "{t} 전후의 지표를 나란히 비교하면 효과를 숫자로 설명할 수 있습니다."};
  private static final String[] EN_SENTENCES = {
      "{T} touches a live cluster, so write down the current state before you start.",
      "Many teams schedule {t} for a night window, but low traffic alone does not make it safe.",
      "When {t} is done, check that the count of under-replicated partitions is back to zero.",
      "With {n} brokers, handle {t} one broker at a time.",
      "Most teams leave `{c}` at its default, yet it is the first setting to inspect when {t} misbehaves.",
      "Judge latency by its 99th percentile rather than its mean.",
      "Before you automate {t}, write the manual procedure down and follow it by hand two or three times.",
      "Once disk usage passes {p}%, do not postpone {t}; revisit the capacity plan instead.",
      "Reading the controller log next to the broker logs shows where {t} stalled.",
      "Client retry timeouts that are too short turn {t} into a stream of needless errors.",
      "Try every change on a staging cluster before it reaches production.",
      "The figures on this page assume topics with a replication factor of {r}.",
      "Alert thresholds are never final; adjust them to the real load every quarter.",
      "Deciding in advance how to roll back a failed {t} shortens a night-time incident considerably.",
      "At around {m} MB/s of ingress, the defaults are usually enough.",
      "While {t} runs, watch request latency and network throughput side by side.",
      "Record who ran {t}, when and why, so the next engineer on call does not have to guess.",
      "After changing `{c}`, check whether the broker needs a restart for it to take effect.",
      "Small clusters hide the problem until the partition count passes {k}.",
      "Comparing metrics before and after {t} lets you explain the effect in numbers."};

  private final Path content;
  private final int pagesPerLanguage;
  private final long seed;
  private final Layout layout;

  private CorpusGenerator(Path out, int pagesPerLanguage, long seed) {
    this.content = out.resolve("content");
    this.pagesPerLanguage = pagesPerLanguage;
    this.seed = seed;
    this.layout = new Layout(pagesPerLanguage);
  }

  /**
   * Generates a corpus: {@code OUT N SEED [CALCULATOR_SPECS_DIR]}; the specs default to
   * {@code content/calculators} of the current folder.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: CorpusGenerator OUT PAGES_PER_LANGUAGE SEED [CALCULATOR_SPECS_DIR]");
      System.exit(2);
    }
    Path specs = Path.of(args.length > 3 ? args[3] : "content/calculators");
    generate(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), specs);
  }

  /** Writes the corpus under {@code out/content}, replacing whatever was there. */
  public static void generate(Path out, int pagesPerLanguage, long seed, Path calculatorSpecs) throws IOException {
    if (pagesPerLanguage < 4) {
      throw new IllegalArgumentException("a corpus needs at least 4 pages per language");
    }
    new CorpusGenerator(out, pagesPerLanguage, seed).write(calculatorSpecs);
  }

  private void write(Path calculatorSpecs) throws IOException {
    deleteTree(content);
    Files.createDirectories(content.resolve("calculators"));
    try (Stream<Path> specs = Files.list(calculatorSpecs)) {
      for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Files.copy(spec, content.resolve("calculators").resolve(spec.getFileName().toString()));
      }
    }
    writeFile("site.yaml", siteYaml());
    writeFile("glossary.yaml", glossaryYaml());
    writePair("index.md", "index.md", home(true), home(false), 0);
    writePair("glossary.md", "glossary.md", glossaryPage(true), glossaryPage(false), 0);
    for (int s = 0; s < layout.sections; s++) {
      String folder = layout.folder(s);
      writePair(folder + "/index.md", folder + "/index.md", sectionPage(s, true), sectionPage(s, false), s + 1);
    }
    for (int i = 0; i < layout.topics; i++) {
      writeTopic(i);
    }
  }

  private void writeTopic(int i) throws IOException {
    Page ko = topic(i, true);
    Page en = topic(i, false);
    writePair(layout.koPath(i), layout.enPath(i), ko, en, i + 1);
  }

  /** Writes a Korean page and its translation; the English front matter records the Korean body's hash. */
  private void writePair(String koPath, String enPath, Page ko, Page en, int index) throws IOException {
    writeFile("ko/" + koPath, frontMatter(ko, null, null) + ko.body);
    String hash = index > 0 && index % STALE_EVERY == 0 ? SourceHash.of(ko.body + "\n(older)\n") : SourceHash.of(ko.body);
    String key = koPath.equals(enPath) ? null : koPath.substring(0, koPath.length() - ".md".length());
    writeFile("en/" + enPath, frontMatter(en, hash, key) + en.body);
  }

  private static String frontMatter(Page page, String sourceHash, String translationKey) {
    StringBuilder out = new StringBuilder("---\n")
        .append("title: \"").append(page.title).append("\"\n")
        .append("description: \"").append(page.description).append("\"\n")
        .append("weight: ").append(page.weight).append('\n');
    if (translationKey != null) {
      out.append("translationKey: ").append(translationKey).append('\n');
    }
    if (sourceHash != null) {
      out.append("sourceHash: ").append(sourceHash).append('\n');
    }
    return out.append("---\n").toString();
  }

  private String siteYaml() {
    return """
        languages: [ko, en]
        baseUrl: https://bench.example.org/kafka-ops/
        repositoryUrl: https://example.org/bench/kafka-ops
        editBranch: main
        title:
          ko: 카프카 운영 노트 (벤치마크 %1$d)
          en: Kafka Operations Notes (benchmark %1$d)
        description:
          ko: 벤치마크용으로 생성한 카프카 운영 노트 %1$d쪽입니다.
          en: %1$d generated pages of Kafka operations notes, for benchmarks.
        """.formatted(pagesPerLanguage);
  }

  private static String glossaryYaml() {
    StringBuilder out = new StringBuilder("terms:\n");
    for (String[] term : TERMS) {
      out.append("  - id: ").append(term[0]).append('\n')
          .append("    ko: ").append(term[1]).append('\n')
          .append("    en: ").append(term[2]).append('\n')
          .append("    koDescription: ").append(term[3]).append('\n')
          .append("    enDescription: ").append(term[4]).append('\n');
    }
    return out.toString();
  }

  private Page home(boolean ko) {
    StringBuilder body = new StringBuilder("\n");
    body.append(ko ? "카프카 클러스터를 운영하며 쌓은 작업 노트를 주제별로 묶었습니다. 각 절에서 필요한 절차를 찾아 보십시오.\n\n"
        : "Operating notes for Kafka clusters, grouped by topic. Open a section to find the procedure you need.\n\n");
    body.append("## ").append(ko ? "절 목록" : "Sections").append("\n\n");
    for (int s = 0; s < layout.sections; s++) {
      body.append("- [").append(sectionTitle(s, ko)).append("](").append(layout.folder(s)).append("/index.md)\n");
    }
    body.append("\n").append(ko ? "용어는 [용어집](glossary.md)에 모아 두었습니다.\n" : "Terms are collected in the [glossary](glossary.md).\n");
    return new Page(ko ? "카프카 운영 노트" : "Kafka operations notes",
        ko ? "카프카 운영 작업 노트 모음입니다." : "A collection of Kafka operating notes.", 1, body.toString());
  }

  private static Page glossaryPage(boolean ko) {
    String body = "\n" + (ko ? "이 노트에서 쓰는 용어를 한국어와 영어로 정리했습니다.\n\n"
        : "The terms these notes use, in Korean and English.\n\n") + "```glossary\n```\n";
    return new Page(ko ? "용어집" : "Glossary", ko ? "용어 대응표입니다." : "Term pairs.", 99_999, body);
  }

  private Page sectionPage(int s, boolean ko) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + 7 * s + 1);
    String[] topic = TOPICS[s % TOPICS.length];
    String body = "\n" + paragraph(random, topic, ko, 3) + "\n";
    return new Page(sectionTitle(s, ko), ko ? topic[0] + "에 관한 노트입니다." : "Notes on " + topic[1] + ".", s + 10, body);
  }

  private static String sectionTitle(int s, boolean ko) {
    String[] topic = TOPICS[s % TOPICS.length];
    return ko ? (s + 1) + "절. " + topic[0] : "Section " + (s + 1) + ": " + capitalise(topic[1]);
  }

  private Page topic(int i, boolean ko) {
    SplittableRandom random = new SplittableRandom(seed * 31 + i);
    String[] topic = TOPICS[random.nextInt(TOPICS.length)];
    String[] aspect = ASPECTS[random.nextInt(ASPECTS.length)];
    String title = ko ? topic[0] + " " + aspect[0] + " " + (i + 1) : capitalise(topic[1]) + " " + aspect[1] + " " + (i + 1);
    String description = ko ? topic[0] + "의 " + aspect[0] + "을 다룹니다." : "How to approach the " + aspect[1] + " of " + topic[1] + ".";
    StringBuilder body = new StringBuilder("\n");
    body.append(paragraph(random, topic, ko, 3)).append(' ').append(link(random, i, ko)).append("\n\n");
    int sections = 3 + random.nextInt(3);
    int first = random.nextInt(HEADINGS.length);
    for (int h = 0; h < sections; h++) {
      String[] heading = HEADINGS[(first + h) % HEADINGS.length];
      body.append("## ").append(ko ? heading[0] : heading[1]).append("\n\n");
      body.append(paragraph(random, topic, ko, 2 + random.nextInt(3))).append("\n\n");
      block(random, body, topic, ko, h);
    }
    if (i % CALCULATOR_EVERY == 0) {
      body.append(ko ? "아래 계산기로 이 환경의 값을 직접 계산해 볼 수 있습니다.\n\n" : "Work out the numbers for your own cluster below.\n\n")
          .append("```calculator\n").append(CALCULATORS[(i / CALCULATOR_EVERY) % CALCULATORS.length]).append("\n```\n\n");
    }
    body.append("## ").append(ko ? CHECKLIST_KO : CHECKLIST_EN).append("\n\n");
    for (int k = 0; k < 3; k++) {
      body.append("- ").append(sentence(random, topic, ko)).append(' ').append(link(random, i, ko)).append('\n');
    }
    return new Page(title, description, i + 1, body.toString());
  }

  /** One of: a bullet list, a numbered list, a table or a code block, cycling with some randomness. */
  private void block(SplittableRandom random, StringBuilder body, String[] topic, boolean ko, int h) {
    switch ((h + random.nextInt(2)) % 4) {
      case 0 -> {
        for (int k = 0; k < 3 + random.nextInt(3); k++) {
          body.append("- ").append(sentence(random, topic, ko)).append('\n');
        }
      }
      case 1 -> {
        for (int k = 1; k <= 3 + random.nextInt(3); k++) {
          body.append(k).append(". ").append(sentence(random, topic, ko)).append('\n');
        }
      }
      case 2 -> {
        body.append(ko ? "| 설정 | 권장값 | 설명 |\n" : "| Setting | Suggested | Notes |\n").append("|---|---:|---|\n");
        for (int k = 0; k < 3 + random.nextInt(3); k++) {
          String config = CONFIGS[random.nextInt(CONFIGS.length)];
          body.append("| `").append(config).append("` | ").append(1 + random.nextInt(64)).append(" | ")
              .append(ko ? "부하에 맞춰 조정합니다" : "tune to the load").append(" |\n");
        }
      }
      default -> code(random, body);
    }
    body.append('\n');
  }

  private static void code(SplittableRandom random, StringBuilder body) {
    switch (random.nextInt(3)) {
      case 0 -> body.append("```bash\n")
          .append("kafka-topics.sh --bootstrap-server localhost:9092 --describe --topic orders-")
          .append(random.nextInt(100)).append(" \\\n  --under-replicated-partitions\n")
          .append("kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group billing\n```\n");
      case 1 -> body.append("```properties\n")
          .append("# broker ").append(random.nextInt(50)).append('\n')
          .append("num.network.threads=").append(3 + random.nextInt(6)).append('\n')
          .append("num.io.threads=").append(8 + random.nextInt(16)).append('\n')
          .append("log.retention.hours=").append(24 * (1 + random.nextInt(14))).append('\n')
          .append("min.insync.replicas=2\n```\n");
      default -> body.append("```java\n")
          .append("Properties props = new Properties();\n")
          .append("props.put(ProducerConfig.LINGER_MS_CONFIG, ").append(random.nextInt(50)).append(");\n")
          .append("props.put(ProducerConfig.BATCH_SIZE_CONFIG, ").append(16_384 * (1 + random.nextInt(8))).append(");\n")
          .append("try (var producer = new KafkaProducer<String, String>(props)) {\n")
          .append("  producer.send(new ProducerRecord<>(\"orders\", \"key\", \"value\"));\n}\n```\n");
    }
  }

  private String paragraph(SplittableRandom random, String[] topic, boolean ko, int sentences) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < sentences; k++) {
      if (k > 0) {
        out.append(' ');
      }
      out.append(sentence(random, topic, ko));
    }
    return out.toString();
  }

  private static String sentence(SplittableRandom random, String[] topic, boolean ko) {
    String template = (ko ? KO_SENTENCES : EN_SENTENCES)[random.nextInt(KO_SENTENCES.length)];
    String word = ko ? topic[0] : topic[1];
    String text = template
        .replace("{n}", String.valueOf(3 + random.nextInt(30)))
        .replace("{p}", String.valueOf(60 + random.nextInt(30)))
        .replace("{r}", String.valueOf(2 + random.nextInt(2)))
        .replace("{m}", String.valueOf(10 * (1 + random.nextInt(50))))
        .replace("{k}", String.valueOf(1000 * (1 + random.nextInt(20))))
        .replace("{c}", CONFIGS[random.nextInt(CONFIGS.length)])
        .replace("{T}", capitalise(word))
        .replace("{t}", word);
    return ko ? withParticles(text, word) : text;
  }

  /** Picks 은/는, 이/가, 을/를, 와/과 after the topic by whether its last syllable has a final consonant. */
  static String withParticles(String text, String word) {
    char last = word.charAt(word.length() - 1);
    boolean batchim = last >= '가' && last <= '힣' && (last - '가') % 28 != 0;
    return text.replace("{t:은}", word + (batchim ? "은" : "는"))
        .replace("{t:이}", word + (batchim ? "이" : "가"))
        .replace("{t:을}", word + (batchim ? "을" : "를"))
        .replace("{t:와}", word + (batchim ? "과" : "와"));
  }

  /** A link to another topic page's checklist, or now and then to a glossary term; always resolvable. */
  private String link(SplittableRandom random, int from, boolean ko) {
    if (random.nextInt(4) == 0) {
      String[] term = TERMS[random.nextInt(TERMS.length)];
      return ko ? "[" + term[1] + "](" + "../glossary.md#" + term[0] + ")도 참고하십시오."
          : "See also [" + term[2] + "](" + "../glossary.md#" + term[0] + ").";
    }
    int to = random.nextInt(layout.topics);
    String target = layout.relative(from, to, ko) + "#" + (ko ? CHECKLIST_KO.replace(' ', '-') : CHECKLIST_EN.toLowerCase());
    return ko ? "자세한 점검 항목은 [" + (to + 1) + "번 노트](" + target + ")에 있습니다."
        : "The checklist in [note " + (to + 1) + "](" + target + ") covers the details.";
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void writeFile(String relative, String text) throws IOException {
    Path file = content.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = new ArrayList<>(walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList());
    }
    for (Path path : all) {
      Files.delete(path);
    }
  }

  /** A page before it is written: front matter values and the Markdown body. */
  private record Page(String title, String description, int weight, String body) {
  }

  /**
   * Where pages go: {@code n - 2} pages besides home and glossary, split into section folders of up to
   * {@link #SECTION_SIZE} topic pages plus each folder's index page.
   */
  static final class Layout {
    final int sections;
    final int topics;

    Layout(int pagesPerLanguage) {
      int rest = pagesPerLanguage - 2;
      this.sections = (rest + SECTION_SIZE) / (SECTION_SIZE + 1);
      this.topics = rest - sections;
    }

    int sectionOf(int topic) {
      return topic * sections / topics;
    }

    String folder(int section) {
      return "s%03d".formatted(section + 1);
    }

    String koPath(int topic) {
      return folder(sectionOf(topic)) + "/" + koName(topic);
    }

    String enPath(int topic) {
      return folder(sectionOf(topic)) + "/" + enName(topic);
    }

    private static String koName(int topic) {
      return "p%05d.md".formatted(topic + 1);
    }

    private static String enName(int topic) {
      return (topic + 1) % RENAMED_EVERY == 0 ? "note-%05d.md".formatted(topic + 1) : koName(topic);
    }

    /** Path from topic page {@code from} to topic page {@code to}, in the given language's file names. */
    String relative(int from, int to, boolean ko) {
      String name = ko ? koName(to) : enName(to);
      int fromSection = sectionOf(from);
      int toSection = sectionOf(to);
      return fromSection == toSection ? name : "../" + folder(toSection) + "/" + name;
    }
  }
}
