package dev.hanji.sources;

import dev.hanji.diagnostics.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the loader may find a page it split before. Splitting a page — front matter read as YAML and
 * checked, body cut off — is most of the cost of loading it; a preview session remembers the split pages of
 * its last build by their text, so after an edit every file is read again but only the changed one is split.
 */
@FunctionalInterface
public interface SplitMemo {
  /** Remembers nothing: every page is split. */
  SplitMemo NONE = (key, text, split) -> split.get();

  /**
   * The split of {@code text}, from memory if the page {@code key} had the same text last time.
   *
   * @param key   identifies the page ({@code lang:path})
   * @param text  the page's whole text
   * @param split splits the text, collecting what it reports
   */
  Split split(String key, String text, Supplier<Split> split);

  /**
   * One page split, and what splitting it reported.
   *
   * @param page        the page, or empty when its front matter was unusable
   * @param diagnostics errors and warnings to report again whenever the split is reused
   */
  record Split(Optional<SourceFile> page, List<Diagnostic> diagnostics) {
  }
}
