package dev.hanji.search;

import dev.hanji.sources.Glossary;
import dev.hanji.search.SearchDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small hand-written pages and a generator of larger synthetic ones, for search tests and the benchmark. */
public final class SampleSite {

  private SampleSite() {
  }

  public static Glossary glossary() {
    return new Glossary(List.of(
        new Glossary.Term("broker", "브로커", "broker", "", "", List.of(), List.of("kafka broker")),
        new Glossary.Term("page-cache", "페이지 캐시", "page cache", "", "", List.of("페이지캐시"), List.of()),
        new Glossary.Term("kafka", "카프카", "Kafka", "", "", List.of(), List.of())));
  }

  public static List<SearchDocument> documents() {
    return List.of(
        new SearchDocument("ko", "", "한지 카프카 노트", List.of(
            new Section("", "", "카프카 클러스터를 운영하며 알게 된 내용을 정리합니다. 배포 방식, 장비, 디스크 구성을 다룹니다."))),
        new SearchDocument("ko", "brokers/", "브로커 대수 정하기", List.of(
            new Section("", "", "클러스터에 필요한 브로커 수는 저장 용량, 네트워크, 파티션 수 가운데 가장 빡빡한 조건이 정합니다."),
            new Section("기준-클러스터", "기준 클러스터", "개발 환경은 브로커 5대, 상용 환경은 브로커 10대로 시작합니다."),
            new Section("복제", "복제 계수", "복제 계수가 3이면 쓰기 트래픽이 세 배로 늘어납니다."))),
        new SearchDocument("ko", "memory/", "힙과 페이지 캐시", List.of(
            new Section("", "", "브로커 JVM 힙은 6GB 정도면 충분합니다. 남는 메모리는 운영체제가 페이지 캐시로 씁니다."),
            new Section("페이지-캐시", "페이지 캐시", "카프카는 로그를 디스크에 쓰지만 읽기는 대부분 페이지캐시에서 처리됩니다."))),
        new SearchDocument("ko", "raid/", "RAID 구성", List.of(
            new Section("", "", "디스크를 묶는 방법에 따라 용량과 장애 허용이 달라집니다."),
            new Section("raid-10", "RAID 10", "RAID10은 미러를 스트라이프로 묶어 쓰기 성능과 안정성을 함께 얻습니다."),
            new Section("raid-5", "RAID 5", "패리티를 계산하느라 쓰기 비용이 큽니다."))),
        new SearchDocument("ko", "deploy/", "배포 방식", List.of(
            new Section("", "", "물리 장비, 가상 머신, 클라우드의 SaaS 가운데 고릅니다. 각 방식마다 비용과 운영 부담이 다릅니다."),
            new Section("html-예시", "HTML 예시", "설정 화면에 <img src=x onerror=alert(1)> 같은 태그를 넣어도 글자로만 보여야 합니다."))),
        new SearchDocument("en", "en/", "Hanji Kafka notes", List.of(
            new Section("", "", "Notes from running Kafka clusters: deployment models, hardware and disk layout."))),
        new SearchDocument("en", "en/brokers/", "Choosing the broker count", List.of(
            new Section("", "", "The number of brokers a cluster needs is set by the tightest of storage, network and partitions."),
            new Section("reference-clusters", "Reference clusters", "Development starts with 5 brokers, production with 10."))),
        new SearchDocument("en", "en/memory/", "Heap and page cache", List.of(
            new Section("", "", "A 6 GB JVM heap is enough for a broker. The operating system uses the remaining memory as page cache."),
            new Section("page-cache", "Page cache", "Kafka writes logs to disk, but most reads are served from the page cache."))),
        new SearchDocument("en", "en/raid/", "RAID layout", List.of(
            new Section("", "", "How disks are combined decides capacity and fault tolerance."),
            new Section("raid-10", "RAID 10", "RAID 10 stripes mirrors for write speed and safety."))),
        new SearchDocument("en", "en/deploy/", "Deployment models", List.of(
            new Section("", "", "Choose between bare metal, virtual machines and SaaS in the cloud; each differs in cost and effort."))));
  }

  private static final String[] KO_WORDS = ("카프카 브로커 파티션 복제 리더 팔로워 컨트롤러 토픽 세그먼트 로그 디스크 "
      + "메모리 힙 페이지 캐시 네트워크 처리량 지연 클러스터 장애 복구 설정 운영 모니터링 지표 압축 보존 기간 "
      + "용량 계산 스토리지 파일시스템 컨슈머 프로듀서 그룹 오프셋 배치 요청 응답 스레드 가상 물리 장비 클라우드").split(" ");
  private static final String[] KO_ENDINGS = {"", "를", "는", "가", "의", "에서", "으로", "와", "도", "입니다", "합니다"};
  private static final String[] EN_WORDS = ("kafka broker partition replica leader follower controller topic segment "
      + "log disk memory heap page cache network throughput latency cluster failure recovery setting operation "
      + "monitoring metric compression retention capacity storage filesystem consumer producer group offset batch "
      + "request response thread virtual physical hardware cloud the a of to and in is for with").split(" ");

  /** Pages of seeded pseudo-random text: the same arguments always give the same pages. */
  public static List<SearchDocument> synthetic(String lang, int pages, int sectionsPerPage, int wordsPerSection, long seed) {
    Random random = new Random(seed);
    String prefix = "en".equals(lang) ? "en/" : "";
    List<SearchDocument> out = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      List<Section> sections = new ArrayList<>();
      for (int s = 0; s < sectionsPerPage; s++) {
        String heading = s == 0 ? "" : words(lang, random, 3) + " " + s;
        sections.add(new Section(s == 0 ? "" : "section-" + s, heading, words(lang, random, wordsPerSection)));
      }
      out.add(new SearchDocument(lang, prefix + "page-" + p + "/", words(lang, random, 4) + " " + p, sections));
    }
    return out;
  }

  private static String words(String lang, Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(i % 12 == 11 ? ". " : " ");
      }
      if ("en".equals(lang)) {
        out.append(EN_WORDS[random.nextInt(EN_WORDS.length)]);
      } else {
        out.append(KO_WORDS[random.nextInt(KO_WORDS.length)]).append(KO_ENDINGS[random.nextInt(KO_ENDINGS.length)]);
      }
      if (random.nextInt(20) == 0) {
        out.append(' ').append(random.nextInt(64)).append("GB");
      }
    }
    return out.toString();
  }
}
