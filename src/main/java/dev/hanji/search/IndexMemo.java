package dev.hanji.search;

import dev.hanji.files.SiteOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the index writer may find a language's index written before from the same analysed pages. A preview
 * session keeps each language's index with the pages it came from, so an edit to a Korean page rewrites only
 * the Korean index; a one-shot build keeps nothing and streams each index straight to its file.
 */
@FunctionalInterface
public interface IndexMemo {
  /** Remembers nothing: every index is written. */
  IndexMemo NONE = (paths, pages, out, writeIndex) -> writeIndex.accept(out);

  /**
   * Puts a language's index, the files at {@code paths}, into {@code out}: the bytes written last time if
   * {@code pages} are the same analysed pages (by identity, in the same order), else what {@code writeIndex}
   * writes.
   *
   * @param paths      every file {@code writeIndex} writes, the manifest first; they depend only on the language
   *                   and the number of pages, so an implementation may name them before writing any
   * @param pages      the language's pages, sorted by URL; {@code writeIndex} lets go of them as it goes, so an
   *                   implementation that compares them must copy them first
   * @param writeIndex writes the index into the output it is given
   */
  void write(List<String> paths, AnalysedPage[] pages, SiteOutput out, Consumer<SiteOutput> writeIndex);
}
