package dev.hanji.bench.jmh;

import dev.hanji.files.SiteOutput;
import dev.hanji.search.AnalysedPage;
import dev.hanji.search.SearchDocument;
import dev.hanji.search.SearchIndexWriter;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The search stage alone, single threaded, round after round on a generated corpus: analysing every page
 * ({@link AnalysedPage#of}) and writing both indexes ({@link SearchIndexWriter#writeAnalysed}), each timed in
 * thread CPU time, each round on a new thread (as in a build, no thread has analysed a page before). The first
 * round shows the cold cost a build pays (run with {@code -XX:TieredStopAtLevel=1} for the CLI's JIT), the later
 * ones the cost once compiled. Arguments: pages per language (default 1000) and rounds (default 10); the project
 * folder is the working directory, or {@code -Dhanji.projectDir}.
 */
public final class SearchStageProbe {

  private SearchStageProbe() {
  }

  /**
   * Prints one line per round: analysis and index writing in CPU milliseconds, the bytes written, and what each
   * allocated in megabytes.
   */
  public static void main(String[] args) throws Exception {
    int pagesPerLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    StageFixture fixture = new StageFixture(pagesPerLanguage);
    System.out.println("round analyse_ms write_ms bytes analyse_alloc_mb write_alloc_mb");
    for (int round = 1; round <= rounds; round++) {
      int number = round;
      Thread thread = new Thread(() -> measure(number, fixture));
      thread.start();
      thread.join();
    }
  }

  /** Measures one round on the calling thread. */
  private static void measure(int round, StageFixture fixture) {
    ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long start = cpu.getCurrentThreadCpuTime();
    long startAlloc = cpu.getThreadAllocatedBytes(thread);
    List<AnalysedPage> analysed = new ArrayList<>();
    for (SearchDocument document : fixture.searchDocuments) {
      analysed.add(AnalysedPage.of(document));
    }
    long analysedAt = cpu.getCurrentThreadCpuTime();
    long analysedAlloc = cpu.getThreadAllocatedBytes(thread);
    SiteOutput.InMemory out = SiteOutput.inMemory();
    SearchIndexWriter.writeAnalysed(analysed, fixture.site.glossary(), out);
    long writtenAt = cpu.getCurrentThreadCpuTime();
    long writtenAlloc = cpu.getThreadAllocatedBytes(thread);
    long bytes = out.files().values().stream().mapToLong(file -> file.length).sum();
    System.out.printf("%d %.1f %.1f %d %.1f %.1f%n", round, (analysedAt - start) / 1e6,
        (writtenAt - analysedAt) / 1e6, bytes, (analysedAlloc - startAlloc) / 1e6,
        (writtenAlloc - analysedAlloc) / 1e6);
  }
}
