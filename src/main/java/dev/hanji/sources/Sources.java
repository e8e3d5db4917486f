package dev.hanji.sources;

import dev.hanji.sources.Glossary;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the content folder in one pass: settings, glossary, Markdown pages and the other
 * files that sit beside them (images, attachments), in a stable order.
 *
 * @param settings the site settings with overrides applied
 * @param glossary the glossary ({@link Glossary#empty()} without a glossary file)
 * @param pages    Markdown pages, sorted by language and path
 * @param assets   non-Markdown files under the language folders, copied beside their pages
 */
public record Sources(SiteSettings settings, Glossary glossary, List<SourceFile> pages, List<Asset> assets) {

  public Sources {
    pages = List.copyOf(pages);
    assets = List.copyOf(assets);
  }

  /**
   * A file copied to the site as it is.
   *
   * @param lang   language folder it came from
   * @param path   path inside the language folder (forward slashes, NFC)
   * @param source the file on disk
   */
  public record Asset(String lang, String path, Path source) {
  }
}
