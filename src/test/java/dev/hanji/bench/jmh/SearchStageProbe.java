package dev.hanji.bench.jmh;

import dev.hanji.files.SiteOutput;
import dev.hanji.search.AnalysedPage;
import dev.hanji.search.SearchDocument;
import dev.hanji.search.SearchIndexWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The search stage alone, single threaded, round after round on a generated corpus: analysing every page
 * ({@link AnalysedPage#of}) and writing both indexes ({@link SearchIndexWriter#writeAnalysed}), each timed in
 * thread CPU time. The first round shows the cold cost a build pays (run with {@code -XX:TieredStopAtLevel=1}
 * for the CLI's JIT), the later ones the warm cost. Arguments: pages per language (default 1000) and rounds
 * (default 10); the project folder is the working directory, or {@code -Dhanji.projectDir}.
 */
public final class SearchStageProbe {

  private SearchStageProbe() {
  }

  /** Prints one line per round: analysis and index writing in CPU milliseconds, and the bytes written. */
  public static void main(String[] args) throws Exception {
    int pagesPerLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    StageFixture fixture = new StageFixture(pagesPerLanguage);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    System.out.println("round analyse_ms write_ms bytes");
    for (int round = 1; round <= rounds; round++) {
      long start = cpu.getCurrentThreadCpuTime();
      List<AnalysedPage> analysed = new ArrayList<>();
      for (SearchDocument document : fixture.searchDocuments) {
        analysed.add(AnalysedPage.of(document));
      }
      long analysedAt = cpu.getCurrentThreadCpuTime();
      SiteOutput.InMemory out = SiteOutput.inMemory();
      SearchIndexWriter.writeAnalysed(analysed, fixture.site.glossary(), out);
      long writtenAt = cpu.getCurrentThreadCpuTime();
      long bytes = out.files().values().stream().mapToLong(file -> file.length).sum();
      System.out.printf("%d %.1f %.1f %d%n", round, (analysedAt - start) / 1e6, (writtenAt - analysedAt) / 1e6,
          bytes);
    }
  }
}
