package dev.hanji.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanji.search.SampleSite;
import dev.hanji.search.SearchDocument;
import dev.hanji.search.SearchIndexWriter;
import dev.hanji.search.SearchTestSite;
import dev.hanji.testing.BrowserSupport;
import dev.hanji.testing.StaticServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Benchmark, not a unit test (surefire's default includes skip it): query time on a synthetic
 * 1,000-page Korean index in headless Chromium, once every shard and result a query needs is loaded
 * (the first round of queries fetches them). Run with
 * {@code mvn -o -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints
 * the figures and asserts nothing about time.
 */
class SearchBenchmark {

  private static final int PAGES = 1000;
  private static final List<String> QUERIES = List.of(
      "브로커를", "페이지캐시", "페이지 캐시", "ㅋㅍㅋ", "ㅂㄹㅋ", "파티션 복제", "컨슈머 그룹의 오프셋", "카",
      "broker", "page cache", "RAID10", "32GB", "디스크 용량 계산", "모니터링 지표를");

  @TempDir
  Path site;

  @Test
  void queryTimeOnAThousandPageIndex() throws Exception {
    List<SearchDocument> documents = SampleSite.synthetic("ko", PAGES, 6, 120, 42);
    long buildStart = System.nanoTime();
    SearchTestSite.write(site, documents, SampleSite.glossary());
    long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
    long indexBytes = Files.size(site.resolve("search/index.json"));
    try (BrowserSupport browser = BrowserSupport.start(); StaticServer server = StaticServer.start(site)) {
      browser.driver().get(server.url("search/"));
      Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
          const [scriptUrl, indexUrl, queries, done] = arguments;
          (async () => {
            const m = await import(scriptUrl);
            const loadStart = performance.now();
            const index = await m.loadIndex(indexUrl);
            const loadMs = performance.now() - loadStart;
            for (let round = 0; round < 10; round++) for (const q of queries) await m.search(index, q, 10);
            const rows = [];
            const all = [];
            for (const q of queries) {
              for (let i = 0; i < 5; i++) await m.search(index, q, 10);
              const times = [];
              let hits = 0;
              for (let i = 0; i < 50; i++) {
                const t = performance.now();
                hits = (await m.search(index, q, 10)).length;
                times.push(performance.now() - t);
              }
              times.sort((a, b) => a - b);
              all.push(...times);
              rows.push({ q, hits, median: times[25], p95: times[47] });
            }
            all.sort((a, b) => a - b);
            done(JSON.stringify({ loadMs, rows, median: all[all.length >> 1],
              p95: all[Math.floor(all.length * 0.95)], max: all[all.length - 1] }));
          })().catch((e) => done(JSON.stringify({ error: String(e) })));
          """, server.url(SearchIndexWriter.SCRIPT_PATH), server.url("search/index.json"), QUERIES);
      JsonNode report = new ObjectMapper().readTree(String.valueOf(result));
      if (report.has("error")) {
        throw new AssertionError(report.get("error").asText());
      }
      System.out.printf("search benchmark: %d pages, index %d KB (%d sections), written in %d ms, "
              + "loaded+prepared in %.1f ms%n", PAGES, indexBytes / 1024, PAGES * 6, buildMillis,
          report.get("loadMs").asDouble());
      for (JsonNode row : report.get("rows")) {
        System.out.printf("  %-12s hits=%2d median=%.2f ms p95=%.2f ms%n", row.get("q").asText(),
            row.get("hits").asInt(), row.get("median").asDouble(), row.get("p95").asDouble());
      }
      System.out.printf("  all queries: median=%.2f ms p95=%.2f ms max=%.2f ms%n",
          report.get("median").asDouble(), report.get("p95").asDouble(), report.get("max").asDouble());
      Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "hanji-search-benchmark.json"),
          report.toString(), StandardCharsets.UTF_8);
    }
  }
}
