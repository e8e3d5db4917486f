package dev.hanji.model;

import dev.hanji.markdown.ParsedMarkdown;
import dev.hanji.sources.SourceFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One page of the site in one language: where it comes from, where it goes, and how navigation
 * orders it. Pages generated without a source (section listings, search, translation status, 404)
 * have no {@link #source()}.
 *
 * @param kind        what sort of page it is
 * @param lang        language code
 * @param url         output URL relative to the site root, a folder ending in {@code /} ({@code ""} for home;
 *                    {@code 404.html} for the not-found page)
 * @param key         the same in every language version of the page
 * @param title       the page title
 * @param description meta description; empty to use the site's
 * @param weight      navigation order, lower first; null sorts after weighted pages
 * @param sortName    file or folder name, for natural ordering among equal weights
 * @param section     URL of the section page it belongs to; null for the home page
 * @param source      the Markdown source, for pages that have one
 * @param parsed      the parsed body, for pages that have one
 * @param aliases     old URLs that redirect here, site-relative folders ({@code old/path/})
 */
public record Page(Kind kind, String lang, String url, String key, String title, String description, Integer weight,
                   String sortName, String section, SourceFile source, ParsedMarkdown parsed,
                   List<String> aliases) {

  /** What sort of page it is. */
  public enum Kind {
    /** A Markdown page. */
    PAGE,
    /** A folder's {@code index.md} or {@code README.md}, or the home page. */
    SECTION,
    /** A folder without an index page: a listing of its pages. */
    GENERATED_SECTION,
    /** The search page. */
    SEARCH,
    /** The translation status page. */
    TRANSLATIONS,
    /** The page for unknown paths. */
    NOT_FOUND,
    /** The list of a language's tags ({@code tags/}). */
    TAGS,
    /** The pages with one tag ({@code tags/카프카/}). */
    TAG
  }

  public Page {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    description = description == null ? "" : description;
  }

  /** The source file, if the page has one. */
  public Optional<SourceFile> sourceFile() {
    return Optional.ofNullable(source);
  }

  /**
   * The page's tags: those of its front matter, then those written in its body ({@code #카프카}), each once;
   * none for a page without a source.
   */
  public List<String> tags() {
    if (source == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>(source.frontMatter().tags());
    tags.addAll(parsed.tags());
    return List.copyOf(tags);
  }

  /** Whether the page lists child pages (a section). */
  public boolean isSection() {
    return kind == Kind.SECTION || kind == Kind.GENERATED_SECTION;
  }

  /** The file the page is written to. */
  public String outputFile() {
    return kind == Kind.NOT_FOUND ? url : url + "index.html";
  }
}
