package dev.hanji.core;

import dev.hanji.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * What a build produced and how it went: the files (output path → bytes), pages per language,
 * translations missing or stale, warnings and time taken. {@link #summary()} is what front ends print.
 *
 * @param files               every output file, in path order; empty when the build wrote its files straight
 *                            to the output folder ({@link SiteGenerator#generate})
 * @param deferredFiles       files not made yet, each made by the first call of its supplier: the search indexes
 *                            of {@link BuildSession#buildForPreview()}; empty for every other build
 * @param filesWritten        how many files the build wrote
 * @param pagesPerLanguage    content pages per language
 * @param missingTranslations pages without a translation, as {@code lang: source file}
 * @param staleTranslations   translations whose source changed, as {@code file (source file)}
 * @param diagnostics         warnings (a successful build has no errors)
 * @param millis              time taken
 * @param basePath            the site's absolute base path ({@code /} or {@code /kafka-docs/})
 * @param pagesRendered       pages printed through the template in this build; in a {@link BuildSession}
 *                            the others were unchanged and reused
 */
public record BuildResult(SortedMap<String, byte[]> files, SortedMap<String, Supplier<byte[]>> deferredFiles,
                          int filesWritten, Map<String, Integer> pagesPerLanguage,
                          List<String> missingTranslations, List<String> staleTranslations,
                          List<Diagnostic> diagnostics, long millis, String basePath,
                          int pagesRendered) {

  /** The console summary: one line per fact, warnings listed. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    pagesPerLanguage.forEach((lang, count) -> lines.add("pages [" + lang + "]: " + count));
    lines.add("files written: " + filesWritten);
    lines.add("missing translations: " + missingTranslations.size());
    missingTranslations.forEach(item -> lines.add("  - " + item));
    lines.add("stale translations: " + staleTranslations.size());
    staleTranslations.forEach(item -> lines.add("  - " + item));
    lines.add("warnings: " + diagnostics.size());
    diagnostics.forEach(diagnostic -> lines.add("  " + diagnostic));
    lines.add("time: " + millis + " ms");
    return lines;
  }
}
